/**
 * The self-assessment island: the purpose notice until the person starts, then the summary, profile,
 * checklist, quiz, simulators and the result file. State lives in the stores (src/assessment/stores.ts);
 * rules live in plain modules; this component wires them to the screen and manages focus and messages.
 */
import { useStore } from '@nanostores/preact';
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { simulatorResults } from '../../simulator/results';
import { canShareFiles, detectInAppBrowser } from '../environment';
import { applyImport, exportResult, importFile, type ImportToConfirm, type Outcome } from '../file-actions';
import { allProblems } from '../form';
import { lastUpdated } from '../state';
import { acceptNotice, checklistStore, clearEverything, exportStore, profileStore, quizStore } from '../stores';
import { t } from '../strings';
import { computeSummary } from '../summary';
import type { AssessmentContent } from '../types';
import { Checklist } from './Checklist';
import { ConfirmDialog } from './ConfirmDialog';
import { FileSection, ImportControl, Messages, type Message, type MessagePlace } from './FileSection';
import { Notice } from './Notice';
import { PrintSheet } from './PrintSheet';
import { ProfileForm } from './ProfileForm';
import { Quiz } from './Quiz';
import { Simulators } from './Simulators';
import { StorageWarning } from './StorageWarning';
import { Summary } from './Summary';

export default function AssessmentApp(content: AssessmentContent) {
  // The server renders this placeholder; saved progress exists only in the browser, so the real page
  // is drawn after hydration instead of being guessed on the server.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return <p class="sa-loading">{t.loading}</p>;
  return <Assessment content={content} />;
}

interface PendingImport extends ImportToConfirm {
  place: MessagePlace;
}

function Assessment({ content }: { content: AssessmentContent }) {
  const profile = useStore(profileStore);
  const checklist = useStore(checklistStore);
  const quiz = useStore(quizStore);
  const lastExport = useStore(exportStore);
  const results = useStore(simulatorResults);

  const [showErrors, setShowErrors] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const focusAfter = useRef<string | null>(null);
  const errorSummary = useRef<HTMLDivElement>(null);

  const inApp = useMemo(() => detectInAppBrowser(navigator.userAgent), []);
  const shareSupported = useMemo(canShareFiles, []);

  const problems = allProblems(content, profile, checklist, new Date());
  const summary = computeSummary(content, profile, checklist, quiz, results);
  const updated = lastUpdated(profile, checklist, quiz);
  const changedSinceExport = Boolean(lastExport && updated && new Date(updated) > new Date(lastExport.exportedAt));
  const started = profile.noticeAcceptedAt !== null;

  // The printout lives directly under <body> so printing can hide the rest of the page around it.
  useEffect(() => {
    const host = document.createElement('div');
    host.className = 'sa-print-host';
    document.body.append(host);
    render(<PrintSheet content={content} />, host);
    return () => {
      render(null, host);
      host.remove();
    };
  }, []);

  useEffect(() => {
    const id = focusAfter.current;
    focusAfter.current = null;
    if (id) document.getElementById(id)?.focus();
  });

  function showImported(outcome: Outcome, place: MessagePlace) {
    if (outcome.kind === 'error') return setMessage({ ...outcome, place });
    setShowErrors(false);
    // From the start screen the imported state opens the page: say so at its top, and go there.
    setMessage({ ...outcome, place: place === 'gate' ? 'top' : place });
    if (place === 'gate') focusAfter.current = 'tom-tat-tieu-de';
  }

  async function onImport(file: File, place: MessagePlace) {
    const outcome = await importFile(file, content);
    if (outcome.kind === 'confirm') setPendingImport({ ...outcome, place });
    else showImported(outcome, place);
  }

  async function onExport(mode: 'download' | 'share') {
    const outcome = await exportResult(mode, content);
    if (outcome.kind !== 'problems') return setMessage({ ...outcome, place: 'file' });
    setShowErrors(true);
    setMessage(null);
    focusAfter.current = 'loi-xuat-tep';
  }

  function clearData() {
    clearEverything();
    setConfirmClear(false);
    setShowErrors(false);
    setMessage({ kind: 'status', place: 'gate', text: t.file.cleared });
    focusAfter.current = 'thong-bao-tieu-de';
  }

  const dialogs = (
    <>
      {pendingImport && (
        <ConfirmDialog
          id="hoi-nhap-tep"
          title={t.file.confirmImportTitle}
          confirmLabel={t.file.confirmImportYes}
          cancelLabel={t.file.confirmImportNo}
          onConfirm={() => {
            setPendingImport(null);
            showImported(applyImport(pendingImport.result, content), pendingImport.place);
          }}
          onCancel={() => {
            setMessage({
              kind: 'status',
              place: pendingImport.place,
              text: t.file.importKept(pendingImport.result.fileName),
            });
            setPendingImport(null);
          }}
        >
          {pendingImport.reasons.map((reason) => (
            <p key={reason}>{reason}</p>
          ))}
        </ConfirmDialog>
      )}
      {confirmClear && (
        <ConfirmDialog
          id="hoi-xoa-du-lieu"
          title={t.file.confirmClearTitle}
          confirmLabel={t.file.confirmClearYes}
          cancelLabel={t.file.confirmClearNo}
          danger
          onConfirm={clearData}
          onCancel={() => setConfirmClear(false)}
        >
          <p>{t.file.confirmClearBody}</p>
        </ConfirmDialog>
      )}
    </>
  );

  const storageWarning = <StorageWarning />;

  if (!started) {
    return (
      <div class="sa-app">
        {storageWarning}
        <Notice
          onAccept={() => {
            acceptNotice(new Date());
            setMessage(null);
            focusAfter.current = 'tom-tat-tieu-de';
          }}
          importControls={
            <>
              <ImportControl id="nhap-tep-bat-dau" onFile={(file) => void onImport(file, 'gate')} />
              <Messages message={message} place="gate" />
            </>
          }
        />
        {dialogs}
      </div>
    );
  }

  return (
    <div class="sa-app">
      {storageWarning}
      <Messages message={message} place="top" />
      <Summary summary={summary} lastExport={lastExport} changedSinceExport={changedSinceExport} />
      <ProfileForm profile={profile} organisation={content.organisation} problems={problems} showErrors={showErrors} />
      <Checklist
        items={content.checklist}
        checklist={checklist}
        year={content.organisation.year}
        problems={problems}
        showErrors={showErrors}
      />
      <Quiz quiz={content.quiz} state={quiz} />
      <Simulators simulators={content.simulators} results={results} />
      <FileSection
        problems={showErrors ? problems : []}
        errorSummaryRef={errorSummary}
        incomplete={summary.done < summary.total}
        inApp={inApp}
        shareSupported={shareSupported}
        schemaHref={content.schemaHref}
        message={message}
        onExport={() => void onExport('download')}
        onShare={() => void onExport('share')}
        onImport={(file) => void onImport(file, 'file')}
        onPrint={() => window.print()}
        onClear={() => setConfirmClear(true)}
      />
      {dialogs}
    </div>
  );
}

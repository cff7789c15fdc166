/**
 * The self-assessment island: the purpose notice until the person starts, then the summary, profile,
 * checklist, quiz, simulators and the result file. State lives in the stores (src/assessment/stores.ts);
 * rules live in plain modules; this component wires them to the screen and manages focus and messages.
 */
import { useStore } from '@nanostores/preact';
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseResultFile, writeResultFile, MAX_FILE_BYTES, type ParseSuccess } from '../../result-file';
import { messages as fileMessages } from '../../result-file/messages';
import { simulatorResults } from '../../simulator/results';
import { storageAvailable } from '../../storage/versioned-store';
import { detectInAppBrowser, downloadText, readFileText, shareableFile, shareFile } from '../environment';
import { allProblems } from '../form';
import { hasProgress, lastUpdated } from '../state';
import {
  acceptNotice,
  applyRestored,
  checklistStore,
  clearEverything,
  ensurePersonId,
  exportStore,
  profileStore,
  quizStore,
  recordExport,
} from '../stores';
import { t } from '../strings';
import { computeSummary } from '../summary';
import { buildDraft, restoreFromFile } from '../transfer';
import type { AssessmentContent } from '../types';
import { Checklist } from './Checklist';
import { ConfirmDialog } from './ConfirmDialog';
import { FileSection, ImportControl, Messages, type Message, type MessagePlace } from './FileSection';
import { Notice } from './Notice';
import { PrintSheet } from './PrintSheet';
import { ProfileForm } from './ProfileForm';
import { Quiz } from './Quiz';
import { Simulators } from './Simulators';
import { Summary } from './Summary';

export default function AssessmentApp(content: AssessmentContent) {
  // The server renders this placeholder; saved progress exists only in the browser, so the real page
  // is drawn after hydration instead of being guessed on the server.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return <p class="sa-loading">{t.loading}</p>;
  return <Assessment content={content} />;
}

interface PendingImport {
  result: ParseSuccess;
  reasons: string[];
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
  const shareSupported = useMemo(() => shareableFile('{}', 'ket-qua.json') !== null, []);

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

  const organisation = {
    name: content.organisation.name,
    parent: content.organisation.parent,
    units: content.organisation.units,
  };

  function applyImport(result: ParseSuccess, place: MessagePlace) {
    applyRestored(restoreFromFile(content, result.content));
    setShowErrors(false);
    const text = t.file.imported(result.fileName, result.content.person.name, result.content.exportedAt);
    setMessage({
      kind: 'status',
      place: place === 'gate' ? 'top' : place,
      text: result.sourceVersion < 1 ? `${text} ${t.file.importedMigrated}` : text,
    });
    if (place === 'gate') focusAfter.current = 'tom-tat-tieu-de';
  }

  async function importFile(file: File, place: MessagePlace) {
    const fail = (text: string) => setMessage({ kind: 'error', place, text });
    // Refuse a huge file before reading it: a phone could stall on the wrong 200 MB video.
    if (file.size > MAX_FILE_BYTES)
      return fail(`${fileMessages.tooLarge(file.name, file.size)} ${t.file.importFailedSuffix}`);
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      return fail(t.file.importReadError(file.name));
    }
    const result = parseResultFile(text, { fileName: file.name, organisation, now: new Date() });
    if (!result.ok) return fail(`${result.message} ${t.file.importFailedSuffix}`);

    // Never overwrite newer work, or another person's, without asking.
    const local = { profile: profileStore.get(), checklist: checklistStore.get(), quiz: quizStore.get() };
    const reasons: string[] = [];
    if (hasProgress(local.profile, local.checklist, local.quiz)) {
      const localUpdated = lastUpdated(local.profile, local.checklist, local.quiz);
      if (localUpdated && new Date(localUpdated) > new Date(result.content.exportedAt)) {
        reasons.push(t.file.confirmImportNewer(localUpdated, result.content.exportedAt));
      }
      if (local.profile.personId && local.profile.personId !== result.content.person.id) {
        reasons.push(t.file.confirmImportOtherPerson(result.content.person.name));
      }
    }
    if (reasons.length > 0) setPendingImport({ result, reasons, place });
    else applyImport(result, place);
  }

  function exportFile(mode: 'download' | 'share') {
    const now = new Date();
    if (allProblems(content, profileStore.get(), checklistStore.get(), now).length > 0) {
      setShowErrors(true);
      setMessage(null);
      focusAfter.current = 'loi-xuat-tep';
      return;
    }
    const personId = ensurePersonId();
    const written = writeResultFile(
      buildDraft(
        content,
        profileStore.get(),
        checklistStore.get(),
        quizStore.get(),
        simulatorResults.get(),
        personId,
        now,
      ),
    );
    const record = {
      fileName: written.fileName,
      exportedAt: written.file.exportedAt,
      checksum: written.file.checksum.value,
    };
    if (mode === 'download') {
      downloadText(written.text, written.fileName);
      recordExport(record);
      setMessage({ kind: 'status', place: 'file', text: t.file.exported(written.fileName) });
      return;
    }
    const file = shareableFile(written.text, written.fileName);
    if (!file) return setMessage({ kind: 'error', place: 'file', text: t.file.shareFailed });
    void shareFile(file, written.fileName).then((shared) => {
      if (shared) recordExport(record);
      setMessage(
        shared
          ? { kind: 'status', place: 'file', text: t.file.shared }
          : { kind: 'error', place: 'file', text: t.file.shareFailed },
      );
    });
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
            const { result, place } = pendingImport;
            setPendingImport(null);
            applyImport(result, place);
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

  const storageWarning = !storageAvailable && (
    <p class="sa-warning" role="note">
      <span aria-hidden="true">⚠ </span>
      {t.storageBlocked}
    </p>
  );

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
              <ImportControl id="nhap-tep-bat-dau" onFile={(file) => void importFile(file, 'gate')} />
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
        onExport={() => exportFile('download')}
        onShare={() => exportFile('share')}
        onImport={(file) => void importFile(file, 'file')}
        onPrint={() => window.print()}
        onClear={() => setConfirmClear(true)}
      />
      {dialogs}
    </div>
  );
}

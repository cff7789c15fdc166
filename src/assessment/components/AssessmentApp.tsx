/**
 * The self-assessment island: the purpose notice until the person starts, then the page's sections.
 * State lives in the stores (src/assessment/stores.ts), what the file buttons do in file-actions.ts,
 * typing in drafts.ts; this component only holds what is on screen now (a message, an open question)
 * and where focus goes next.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { flushDrafts } from '../drafts';
import {
  afterImport,
  applyImport,
  exportResult,
  importFile,
  type ImportToConfirm,
  type Message,
  type MessagePlace,
  type Outcome,
} from '../file-actions';
import { acceptNotice, clearEverything, profileStore } from '../stores';
import { t } from '../strings';
import { SUMMARY_HEADING_ID } from '../summary';
import type { AssessmentContent } from '../types';
import { AssessmentSections } from './AssessmentSections';
import { ClearQuestion } from './ClearQuestion';
import { DroppedNote } from './DroppedNote';
import { ImportControl, Messages } from './FileSection';
import { useFocusAfterRender, usePrintSheet, useSaveDraftsOnLeave } from './hooks';
import { ImportQuestion } from './ImportQuestion';
import { Notice } from './Notice';
import { StorageWarning } from './StorageWarning';

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
  const started = useStore(profileStore).noticeAcceptedAt !== null;
  const [showErrors, setShowErrors] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const errorSummary = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  usePrintSheet(content);
  useSaveDraftsOnLeave();

  function showImported(outcome: Outcome, place: MessagePlace) {
    const next = afterImport(outcome, place);
    setMessage(next.message);
    if (next.hideProblems) setShowErrors(false);
    if (next.focus) focusAfterRender(next.focus);
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
    focusAfterRender('loi-xuat-tep');
  }

  function clearData() {
    clearEverything();
    setConfirmClear(false);
    setShowErrors(false);
    setMessage({ kind: 'status', place: 'gate', text: t.file.cleared });
    focusAfterRender('thong-bao-tieu-de');
  }

  const dialogs = (
    <>
      {pendingImport && (
        <ImportQuestion
          question={pendingImport}
          onReplace={() => {
            setPendingImport(null);
            showImported(applyImport(pendingImport.result, content), pendingImport.place);
          }}
          onKeep={() => {
            const text = t.file.importKept(pendingImport.result.fileName);
            setMessage({ kind: 'status', place: pendingImport.place, text });
            setPendingImport(null);
          }}
        />
      )}
      {confirmClear && <ClearQuestion onClear={clearData} onKeep={() => setConfirmClear(false)} />}
    </>
  );

  return (
    <div class="sa-app">
      <StorageWarning />
      <DroppedNote content={content} />
      {started ? (
        <AssessmentSections
          content={content}
          showErrors={showErrors}
          message={message}
          errorSummaryRef={errorSummary}
          onExport={(mode) => void onExport(mode)}
          onImport={(file) => void onImport(file, 'file')}
          onPrint={() => {
            flushDrafts();
            // After the render the saved text causes, so the printout holds it.
            setTimeout(() => window.print());
          }}
          onClear={() => setConfirmClear(true)}
        />
      ) : (
        <Notice
          onAccept={() => {
            acceptNotice(new Date());
            setMessage(null);
            focusAfterRender(SUMMARY_HEADING_ID);
          }}
          importControls={
            <>
              <ImportControl id="nhap-tep-bat-dau" onFile={(file) => void onImport(file, 'gate')} />
              <Messages message={message} place="gate" />
            </>
          }
        />
      )}
      {dialogs}
    </div>
  );
}

/** The started page, top to bottom: summary, profile, checklist, quiz, simulators and the result file. */
import { useStore } from '@nanostores/preact';
import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import { simulatorResults } from '../../simulator/results';
import { refusedFields } from '../drafts';
import { canShareFiles, detectInAppBrowser } from '../environment';
import { exportProblems, type Message } from '../file-actions';
import { lastUpdated } from '../state';
import { checklistStore, exportStore, profileStore, quizStore } from '../stores';
import { computeSummary } from '../summary';
import type { AssessmentContent } from '../types';
import { Checklist } from './Checklist';
import { FileSection, Messages } from './FileSection';
import { ProfileForm } from './ProfileForm';
import { Quiz } from './Quiz';
import { Simulators } from './Simulators';
import { Summary } from './Summary';

interface Props {
  content: AssessmentContent;
  /** Whether export was tried and refused: every problem is shown then, not only left fields'. */
  showErrors: boolean;
  message: Message | null;
  errorSummaryRef: RefObject<HTMLDivElement>;
  onExport: (mode: 'download' | 'share') => void;
  onImport: (file: File) => void;
  onPrint: () => void;
  onClear: () => void;
}

export function AssessmentSections({ content, showErrors, message, errorSummaryRef, ...actions }: Props) {
  const profile = useStore(profileStore);
  const checklist = useStore(checklistStore);
  const quiz = useStore(quizStore);
  const lastExport = useStore(exportStore);
  const results = useStore(simulatorResults);
  // Subscribed so a refused field's entry joins the list of what blocks export as it happens.
  useStore(refusedFields);

  const inApp = useMemo(() => detectInAppBrowser(navigator.userAgent), []);
  const shareSupported = useMemo(canShareFiles, []);

  const problems = exportProblems(content, new Date());
  const summary = computeSummary(content, profile, checklist, quiz, results);
  const updated = lastUpdated(profile, checklist, quiz);
  const changedSinceExport = Boolean(lastExport && updated && new Date(updated) > new Date(lastExport.exportedAt));

  return (
    <>
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
        errorSummaryRef={errorSummaryRef}
        incomplete={summary.done < summary.total}
        inApp={inApp}
        shareSupported={shareSupported}
        schemaHref={content.schemaHref}
        message={message}
        onExport={() => actions.onExport('download')}
        onShare={() => actions.onExport('share')}
        onImport={actions.onImport}
        onPrint={actions.onPrint}
        onClear={actions.onClear}
      />
    </>
  );
}

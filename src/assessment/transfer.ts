/**
 * Between the page's state and the result file: the draft the writer turns into a file, and the state
 * a parsed file restores. Both directions live here so a round trip can be tested in one place.
 */
import { parseDisplayDate, toVietnamIso } from '../dates';
import type { ResultContent, ResultDraft } from '../result-file';
import type { SimulatorResults } from '../simulator/results';
import { answerOf, dayToTyped, dossierCounts } from './form';
import { fileableTestSchema, type ChecklistState, type ItemAnswer, type ProfileState, type QuizState } from './state';
import { testResult } from './summary';
import type { AssessmentContent } from './types';

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** A simulator's Kiểm tra result if the file can carry it (see `fileableTestSchema`). */
function fileableTest(results: SimulatorResults, id: string) {
  const result = testResult(results, id);
  return result && fileableTestSchema.safeParse(result).success ? result : undefined;
}

/** Simulators whose saved Kiểm tra result cannot go into the file, so the export says so. */
export function unfileableTests(content: AssessmentContent, results: SimulatorResults) {
  return content.simulators.filter(
    (simulator) => testResult(results, simulator.id) && !fileableTest(results, simulator.id),
  );
}

/** The file's content for the current state. The caller has checked `allProblems` is empty. */
export function buildDraft(
  content: AssessmentContent,
  profile: ProfileState,
  checklist: ChecklistState,
  quiz: QuizState,
  simulatorResults: SimulatorResults,
  personId: string,
  now: Date,
): ResultDraft {
  const unit = content.organisation.units.find((candidate) => candidate.id === profile.unitId);
  return {
    contentVersion: content.contentVersion,
    organisation: { name: content.organisation.name, parent: content.organisation.parent },
    person: {
      id: personId,
      name: profile.name.trim(),
      unitId: profile.unitId,
      unitName: unit?.name ?? profile.unitId,
      staffCode: orNull(profile.staffCode),
    },
    checklist: content.checklist.map((item) => {
      const answer = answerOf(checklist, item.id);
      return {
        id: item.id,
        answer: answer.answer,
        date: answer.answer === 'done' ? (parseDisplayDate(answer.date) ?? null) : null,
        reason: answer.answer === 'not-applicable' ? orNull(answer.reason) : null,
        answeredAt: answer.answeredAt,
      };
    }),
    dossiers: { year: content.organisation.year, ...dossierCounts(content, checklist) },
    note: orNull(checklist.note),
    quiz: quiz.best && { ...quiz.best },
    simulators: content.simulators.map((simulator) => {
      const result = fileableTest(simulatorResults, simulator.id);
      return {
        id: simulator.id,
        // Format v1 keeps the field: files written before a simulator existed say false (and carry no test).
        available: true,
        test: result
          ? {
              bestScore: result.bestScore,
              maxScore: result.maxScore,
              passed: result.passed,
              completedAt: result.completedAt,
            }
          : null,
      };
    }),
    exportedAt: toVietnamIso(now),
  };
}

export interface RestoredState {
  profile: ProfileState;
  checklist: ChecklistState;
  quiz: QuizState;
  /** Test-mode results of simulators that exist, to merge into the simulators' store. */
  simulatorTests: Array<{ id: string; bestScore: number; maxScore: number; passed: boolean; completedAt: string }>;
}

/** The state a file restores. Items the checklist no longer has are left out; their ids stay unused. */
export function restoreFromFile(content: AssessmentContent, file: ResultContent): RestoredState {
  const items: Record<string, ItemAnswer> = {};
  for (const entry of file.checklist) {
    if (!content.checklist.some((item) => item.id === entry.id)) continue;
    items[entry.id] = {
      answer: entry.answer,
      date: dayToTyped(entry.date),
      reason: entry.reason ?? '',
      answeredAt: entry.answeredAt,
    };
  }
  const countText = (field: 'submittedOnline' | 'reusedDigitised') => {
    const item = content.checklist.find((candidate) => candidate.count === field);
    const value = file.dossiers[field];
    // A count is only typed for an item answered "Đã làm"; the zero of "Chưa làm" is derived, not typed.
    return item && items[item.id]?.answer === 'done' && value !== null ? String(value) : '';
  };
  return {
    profile: {
      noticeAcceptedAt: file.exportedAt,
      personId: file.person.id,
      name: file.person.name,
      unitId: file.person.unitId,
      staffCode: file.person.staffCode ?? '',
      updatedAt: file.exportedAt,
    },
    checklist: {
      items,
      submittedOnline: countText('submittedOnline'),
      reusedDigitised: countText('reusedDigitised'),
      note: file.note ?? '',
      updatedAt: file.exportedAt,
    },
    quiz: { attempt: null, best: file.quiz && { ...file.quiz }, updatedAt: file.exportedAt },
    simulatorTests: file.simulators.flatMap((simulator) => {
      const known = content.simulators.some((candidate) => candidate.id === simulator.id);
      return known && simulator.test ? [{ id: simulator.id, ...simulator.test }] : [];
    }),
  };
}

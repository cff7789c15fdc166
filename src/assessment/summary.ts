/**
 * "Where do I stand": what is complete, what is missing (each with where to fix it and the guide that
 * helps), and the directive's three requirements. Recomputed from the stores on every change.
 */
import type { SimulatorResults } from '../simulator/results';
import { answerOf, dossierCounts, isItemComplete, profileProblems } from './form';
import { percentOf } from './quiz';
import type { ChecklistState, ProfileState, QuizState } from './state';
import { t } from './strings';
import type { AssessmentContent } from './types';

/** Section anchors on the page. */
export const sectionIds = {
  summary: 'tom-tat',
  profile: 'thong-tin',
  checklist: 'cac-viec',
  quiz: 'bai-kiem-tra',
  simulators: 'mo-phong',
  file: 'tep-ket-qua',
} as const;

/** The summary's heading: where "start", or an import from the start screen, puts focus. */
export const SUMMARY_HEADING_ID = 'tom-tat-tieu-de';

export interface MissingEntry {
  key: string;
  text: string;
  /** Where on this page to fix it, e.g. "#muc-vneid-muc-2". */
  anchor: string;
  /** The guide that helps do it. */
  guide?: { href: string; label: string };
}

export interface RequirementStatus {
  number: number;
  title: string;
  done: number;
  total: number;
}

export interface Summary {
  done: number;
  total: number;
  percent: number;
  missing: MissingEntry[];
  requirements: RequirementStatus[];
  /** The person's own share of dossiers that reused a digitised paper, when both counts are known. */
  reuse: { reused: number; submitted: number; percent: number; target: number } | null;
  profileComplete: boolean;
}

/**
 * What an item asks, without the "Đã" of its statement: "Đã kích hoạt tài khoản…" becomes "kích hoạt
 * tài khoản…", so "Chưa làm: kích hoạt tài khoản…" reads naturally. Titles worded otherwise stay whole.
 */
export function taskOf(title: string): string {
  return title.replace(/^Đã\s+/u, '');
}

/** The test-mode result of a scenario, if any. Only "Kiểm tra" can pass. */
export function testResult(results: SimulatorResults, id: string) {
  return results[id]?.test;
}

export function computeSummary(
  content: AssessmentContent,
  profile: ProfileState,
  checklist: ChecklistState,
  quiz: QuizState,
  simulatorResults: SimulatorResults,
): Summary {
  const missing: MissingEntry[] = [];
  let done = 0;
  let total = 0;

  const profileComplete = profileProblems(profile, content).length === 0;
  if (!profileComplete)
    missing.push({ key: 'profile', text: t.summary.profileMissing, anchor: `#${sectionIds.profile}` });

  for (const item of content.checklist) {
    total++;
    const answer = answerOf(checklist, item.id);
    if (isItemComplete(answer)) {
      done++;
      continue;
    }
    const task = taskOf(item.title);
    const text =
      answer.answer === null
        ? t.summary.itemUnanswered(task)
        : answer.answer === 'not-done'
          ? t.summary.itemNotDone(task)
          : t.summary.itemNoReason(task);
    missing.push({
      key: item.id,
      text,
      anchor: `#muc-${item.id}`,
      guide: { href: item.guideHref, label: item.guideLabel },
    });
  }

  total++;
  if (quiz.best?.passed) done++;
  else {
    const text = quiz.best ? t.summary.quizNotPassed(quiz.best.bestScore, quiz.best.maxScore) : t.summary.quizNotTaken;
    missing.push({ key: 'quiz', text, anchor: `#${sectionIds.quiz}` });
  }

  for (const simulator of content.simulators) {
    total++;
    if (testResult(simulatorResults, simulator.id)?.passed) done++;
    else {
      missing.push({
        key: `simulator-${simulator.id}`,
        text: t.summary.simulatorNotPassed(simulator.title),
        anchor: `#${sectionIds.simulators}`,
        guide: { href: simulator.href, label: t.simulators.open },
      });
    }
  }

  const requirements = content.requirements.map((requirement) => {
    const items = content.checklist.filter((item) => item.requirement === requirement.number);
    return {
      number: requirement.number,
      title: requirement.title,
      done: items.filter((item) => isItemComplete(answerOf(checklist, item.id))).length,
      total: items.length,
    };
  });

  const counts = dossierCounts(content, checklist);
  const target = content.requirements.find((requirement) => requirement.number === 3)?.target ?? 0;
  const reuse =
    counts.submittedOnline && counts.reusedDigitised !== null && counts.reusedDigitised <= counts.submittedOnline
      ? {
          reused: counts.reusedDigitised,
          submitted: counts.submittedOnline,
          percent: percentOf(counts.reusedDigitised, counts.submittedOnline),
          target,
        }
      : null;

  return {
    done,
    total,
    percent: percentOf(done, total),
    missing,
    requirements,
    reuse,
    profileComplete,
  };
}

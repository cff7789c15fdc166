/**
 * The self-assessment's saved state: four versioned, persistent nanostores (src/storage/), kept in step
 * across open tabs by the storage event, and the actions that change them. Each change stamps
 * `updatedAt`, which is how a re-import knows whether this browser holds something newer than the file.
 */
import { toVietnamIso } from '../dates';
import { clearSavedData, versionedStore } from '../storage/versioned-store';
import { mergeAttempt, simulatorResults } from '../simulator/results';
import { discardDrafts } from './drafts';
import { answerCurrent, choose, goToNext, startAttempt } from './quiz';
import { newPersonId } from './random';
import {
  checklistFormat,
  emptyAnswer,
  exportFormat,
  initialChecklist,
  initialProfile,
  initialQuiz,
  profileFormat,
  quizFormat,
  STORE_NAMES,
  type ExportRecord,
  type ItemAnswer,
  type ProfileState,
} from './state';
import type { RestoredState } from './transfer';
import type { ChecklistAnswer, QuizQuestionView, QuizView } from './types';

// Two tabs may edit different fields of these at once: each field keeps its latest edit.
export const profileStore = versionedStore(STORE_NAMES.profile, {
  ...profileFormat,
  initial: initialProfile,
  merge: 'fields',
});

export const checklistStore = versionedStore(STORE_NAMES.checklist, {
  ...checklistFormat,
  initial: initialChecklist,
  merge: 'fields',
});

export const quizStore = versionedStore(STORE_NAMES.quiz, { ...quizFormat, initial: initialQuiz });

export const exportStore = versionedStore(STORE_NAMES.lastExport, { ...exportFormat, initial: null });

const stamp = (now: Date) => toVietnamIso(now);

/** The person read the purpose notice and chose to start: from now on their work is saved. */
export function acceptNotice(now: Date): void {
  const profile = profileStore.get();
  profileStore.set({
    ...profile,
    noticeAcceptedAt: stamp(now),
    personId: profile.personId ?? newPersonId(),
    updatedAt: stamp(now),
  });
}

/** The person id, made now if an older state lacks one. */
export function ensurePersonId(): string {
  const profile = profileStore.get();
  if (profile.personId) return profile.personId;
  const personId = newPersonId();
  profileStore.set({ ...profile, personId });
  return personId;
}

export function updateProfile(patch: Partial<Pick<ProfileState, 'name' | 'unitId' | 'staffCode'>>, now: Date): void {
  profileStore.set({ ...profileStore.get(), ...patch, updatedAt: stamp(now) });
}

function updateItem(id: string, change: (answer: ItemAnswer) => ItemAnswer, now: Date): void {
  const checklist = checklistStore.get();
  const next = change(checklist.items[id] ?? emptyAnswer);
  checklistStore.set({ ...checklist, items: { ...checklist.items, [id]: next }, updatedAt: stamp(now) });
}

export function setItemAnswer(id: string, answer: ChecklistAnswer, now: Date): void {
  updateItem(id, (current) => ({ ...current, answer, answeredAt: stamp(now) }), now);
}

export function setItemText(id: string, field: 'date' | 'reason', value: string, now: Date): void {
  updateItem(id, (current) => ({ ...current, [field]: value, answeredAt: stamp(now) }), now);
}

export function setChecklistText(
  field: 'submittedOnline' | 'reusedDigitised' | 'note',
  value: string,
  now: Date,
): void {
  checklistStore.set({ ...checklistStore.get(), [field]: value, updatedAt: stamp(now) });
}

export function startQuiz(quiz: QuizView, now: Date): void {
  quizStore.set({ ...quizStore.get(), attempt: startAttempt(quiz, now), updatedAt: stamp(now) });
}

export function chooseOption(question: QuizQuestionView, optionId: string, ticked: boolean, now: Date): void {
  const state = quizStore.get();
  if (!state.attempt) return;
  quizStore.set({ ...state, attempt: choose(state.attempt, question, optionId, ticked), updatedAt: stamp(now) });
}

export function answerQuestion(quiz: QuizView, now: Date): void {
  quizStore.set(answerCurrent(quizStore.get(), quiz, now));
}

export function nextQuestion(now: Date): void {
  const state = quizStore.get();
  if (state.attempt) quizStore.set({ ...state, attempt: goToNext(state.attempt), updatedAt: stamp(now) });
}

export function recordExport(record: ExportRecord): void {
  exportStore.set(record);
}

/** Replaces this browser's state with what a result file holds. */
export function applyRestored(restored: RestoredState): void {
  discardDrafts();
  profileStore.set(restored.profile);
  checklistStore.set(restored.checklist);
  quizStore.set(restored.quiz);
  exportStore.set(null);
  let results = simulatorResults.get();
  for (const { id, ...test } of restored.simulatorTests) {
    results = mergeAttempt(results, id, 'test', {
      score: test.bestScore,
      maxScore: test.maxScore,
      passed: test.passed,
      completedAt: test.completedAt,
    });
  }
  simulatorResults.set(results);
}

/** "Xóa dữ liệu của tôi": every store back to empty here, then every saved key removed. */
export function clearEverything(): void {
  discardDrafts();
  profileStore.set(initialProfile);
  checklistStore.set(initialChecklist);
  quizStore.set(initialQuiz);
  exportStore.set(null);
  simulatorResults.set({});
  // Setting the stores wrote their empty values; removing the keys leaves nothing behind, and other
  // open tabs see the removal and empty their stores too.
  clearSavedData();
}

/**
 * What the person is told when saved answers could not be read back (src/storage/ drops each part that
 * does not fit its schema): which of their answers those were, in their words, so they can check them.
 */
import type { DroppedPart } from '../storage/versioned-store';
import { STORE_NAMES } from './state';
import { t } from './strings';
import type { AssessmentContent } from './types';

const words = t.dropped;

function itemPart(content: AssessmentContent, path: readonly PropertyKey[]): string {
  const index = content.checklist.findIndex((item) => item.id === path[1]);
  const item = t.checklist.itemNumber(index + 1);
  if (index < 0) return words.otherPart;
  const field = path[2];
  if (field === 'answer') return words.itemAnswer(item);
  if (field === 'date') return words.itemDate(item);
  if (field === 'reason') return words.itemReason(item);
  return words.itemAnswer(item);
}

/** One dropped part, named as the page names it ("ngày làm của Việc 1", "điểm cao nhất của bài kiểm tra"). */
export function describeDropped(content: AssessmentContent, store: string, path: readonly PropertyKey[]): string {
  const [top] = path;
  if (top === undefined) return words.wholeStore[store as keyof typeof words.wholeStore] ?? words.otherPart;
  if (store === STORE_NAMES.profile) return words.profile[top as keyof typeof words.profile] ?? words.otherPart;
  if (store === STORE_NAMES.checklist) {
    if (top === 'items') return path.length > 1 ? itemPart(content, path) : words.allItems;
    return words.checklist[top as keyof typeof words.checklist] ?? words.otherPart;
  }
  if (store === STORE_NAMES.quiz) return words.quiz[top as keyof typeof words.quiz] ?? words.otherPart;
  if (store === STORE_NAMES.lastExport) return words.wholeStore[STORE_NAMES.lastExport];
  return words.otherPart;
}

/** Every dropped part of the self-assessment's stores, each named once, in page order. */
export function droppedSummary(
  content: AssessmentContent,
  dropped: Readonly<Record<string, readonly DroppedPart[]>>,
): string[] {
  const names = Object.values(STORE_NAMES).flatMap((store) =>
    (dropped[store] ?? []).map((part) => describeDropped(content, store, part.path)),
  );
  return [...new Set(names)];
}

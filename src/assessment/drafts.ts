/**
 * What the person is typing, between the keyboard and the stores: the one place a text field's value
 * is saved. A field hands every change here; the value is saved once typing pauses (`SAVE_DELAY_MS`),
 * and at once when the field loses focus, the page is hidden or left, or a file is exported. Until
 * then the field "holds a draft", and the field never copies a saved value over what is on screen:
 * that copy-back, from a render that was already out of date, is what mangled bursts of Telex.
 *
 * Text holding something like a CCCD or phone number is refused: it stays on screen with the reason,
 * what is saved for that field is the same text without the number, and export is refused while any
 * field holds refused text (`refusedFields`, naming each field).
 */
import { atom, type ReadableAtom } from 'nanostores';
import { personalNumberMessage, withoutPersonalNumbers } from './form';

/** A pause in typing this long saves the field. */
export const SAVE_DELAY_MS = 300;

/** A text field as the drafts see it. */
export interface DraftField {
  /** The field's DOM id: one draft per id. */
  id: string;
  /** What the field is called on the page, for the list of what blocks export. */
  label: string;
  /** Saves a value of the field (a store action); never called with refused text. */
  save: (value: string) => void;
}

/** A field holding refused text: where it is and what it is called. */
export interface RefusedField {
  id: string;
  label: string;
  message: string;
}

interface Pending {
  field: DraftField;
  text: string;
  timer: ReturnType<typeof setTimeout>;
}

const pending = new Map<string, Pending>();
const refused = atom<readonly RefusedField[]>([]);
const discarded = atom(0);

/** The fields that hold refused text now, in the order they were refused. */
export const refusedFields: ReadableAtom<readonly RefusedField[]> = refused;

function setRefused(field: DraftField, message: string | undefined): void {
  const others = refused.get().filter((entry) => entry.id !== field.id);
  const current = refused.get().find((entry) => entry.id === field.id);
  if (!message) {
    if (current) refused.set(others);
    return;
  }
  if (current?.message === message && current.label === field.label) return;
  refused.set([...others, { id: field.id, label: field.label, message }]);
}

/** Saves what is waiting for the field, if anything. */
export function flushDraft(id: string): void {
  const waiting = pending.get(id);
  if (!waiting) return;
  clearTimeout(waiting.timer);
  pending.delete(id);
  waiting.field.save(waiting.text);
}

/** Saves every field's waiting text: before the page is hidden or left, and before export. */
export function flushDrafts(): void {
  for (const id of [...pending.keys()]) flushDraft(id);
}

/**
 * The person changed the field to `text`. Clean text is saved after a pause; refused text is saved
 * at once without its number, so no part of the number stays saved from before.
 */
export function editDraft(field: DraftField, text: string): void {
  const message = personalNumberMessage(text);
  setRefused(field, message);
  const waiting = pending.get(field.id);
  if (waiting) clearTimeout(waiting.timer);
  if (message) {
    pending.delete(field.id);
    const clean = withoutPersonalNumbers(text);
    field.save(personalNumberMessage(clean) ? '' : clean);
    return;
  }
  pending.set(field.id, { field, text, timer: setTimeout(() => flushDraft(field.id), SAVE_DELAY_MS) });
}

/**
 * Whether the field's screen text is the person's, not the saved value: typed and not yet saved, or
 * refused (what was saved is the text without its number). The saved value is not put back over it.
 */
export function holdsDraft(id: string): boolean {
  return pending.has(id) || refused.get().some((entry) => entry.id === id);
}

/** The field left the page (its item was answered otherwise): save what it held, forget its refusal. */
export function releaseDraft(id: string): void {
  flushDraft(id);
  refused.set(refused.get().filter((entry) => entry.id !== id));
}

/** Counts `discardDrafts` calls: each one tells every field to show its saved value again. */
export const draftsDiscarded: ReadableAtom<number> = discarded;

/** Forgets every draft without saving it: the state is being replaced (import) or cleared. */
export function discardDrafts(): void {
  for (const waiting of pending.values()) clearTimeout(waiting.timer);
  pending.clear();
  refused.set([]);
  discarded.set(discarded.get() + 1);
}

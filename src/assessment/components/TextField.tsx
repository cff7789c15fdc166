/**
 * The one text field of the self-assessment (name, staff code, dates, counts, reasons, note). The
 * screen text belongs to the person: the field is not controlled by the saved value. What they type
 * goes to the drafts (src/assessment/drafts.ts), which save it; a saved value is put on screen only
 * when it changed from elsewhere (another tab, an import, "clear") and the field holds no draft and no
 * composition is under way. So Unikey/EVKey bursts (Backspace×N, then the replacement) and IME
 * composition are never undone by a render that is behind the keyboard.
 */
import { useStore } from '@nanostores/preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { draftsDiscarded, editDraft, flushDraft, holdsDraft, releaseDraft, type DraftField } from '../drafts';
import { personalNumberMessage } from '../form';
import { t } from '../strings';

interface Props {
  id: string;
  label: string;
  /** What the field is called in a list of problems away from it ("Việc 4 – Lý do không áp dụng"). */
  listLabel?: string;
  hint?: string;
  /** The saved value. */
  value: string;
  /** Saves a value (called by the drafts, after a pause or when leaving the field). */
  onCommit: (value: string) => void;
  /** The problem with the saved value, shown once the person has left the field (or `showErrors`). */
  error?: string | undefined;
  showErrors?: boolean;
  required?: boolean;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric';
  placeholder?: string;
  autoComplete?: string;
  maxLength?: number;
  /** Extra class for the wrapper (layout). */
  class?: string;
}

export function TextField(props: Props) {
  const { id, label, hint, value, error, showErrors = false, required = false, multiline = false } = props;
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const [refused, setRefused] = useState<string | undefined>(undefined);
  const [touched, setTouched] = useState(false);
  // The drafts call the latest save and label, whatever render they were handed over in.
  const draftField = (): DraftField => ({ id, label: props.listLabel ?? label, save: props.onCommit });
  const field = useRef(draftField());
  field.current = draftField();

  const discarded = useStore(draftsDiscarded);
  useLayoutEffect(() => {
    const input = element.current;
    if (!input || composing.current || holdsDraft(id)) return;
    if (input.value !== value) input.value = value;
    setRefused(personalNumberMessage(value));
  }, [value, discarded]);

  // An item answered otherwise takes its field away: what it held is saved first.
  useLayoutEffect(() => () => releaseDraft(id), []);

  const shown = refused ?? (touched || showErrors ? error : undefined);
  const hintId = hint ? `${id}-goi-y` : undefined;
  const errorId = `${id}-loi`;
  const describedBy = [hintId, shown ? errorId : undefined].filter(Boolean).join(' ') || undefined;

  const shared = {
    id,
    ref: element,
    onInput: (event: Event) => {
      const text = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      editDraft(field.current, text);
      setRefused(personalNumberMessage(text));
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: () => {
      composing.current = false;
    },
    onBlur: () => {
      flushDraft(id);
      // After the stores' own re-render (also a timer, queued by the save): the message shown on leaving
      // is the saved value's, not the one from before the save, which would flash up and shift the page.
      setTimeout(() => setTouched(true));
    },
    'aria-invalid': shown ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': required ? ('true' as const) : undefined,
    maxLength: props.maxLength,
  };

  return (
    <div class={`sa-field ${props.class ?? ''}`}>
      <label for={id}>
        {label}
        {required && <span class="sa-required"> {t.profile.required}</span>}
      </label>
      {hint && (
        <p id={hintId} class="sa-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...shared} rows={3} />
      ) : (
        <input
          {...shared}
          type="text"
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          autoComplete={props.autoComplete ?? 'off'}
          spellcheck={false}
        />
      )}
      {shown && (
        // A refused number is announced at once; other problems are read with the field.
        <p id={errorId} class="sa-error" role={refused ? 'alert' : undefined}>
          <span aria-hidden="true">⚠ </span>
          {shown}
        </p>
      )}
    </div>
  );
}

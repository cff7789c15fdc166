/**
 * A labelled text field that saves as the person types, except text holding something that looks like
 * a CCCD or phone number: that is kept on screen only, with a message saying why it is not saved.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { personalNumberMessage } from '../form';
import { t } from '../strings';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
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
  const { id, label, hint, value, onCommit, error, showErrors = false, required = false, multiline = false } = props;
  const [draft, setDraft] = useState(value);
  const [touched, setTouched] = useState(false);
  const committed = useRef(value);

  // Another tab, an import or "clear" changed the saved value: show it, unless the field holds a
  // refused draft the person is still fixing.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      if (!personalNumberMessage(draft)) setDraft(value);
    }
  }, [value]);

  const refused = personalNumberMessage(draft);
  const shown = refused ?? (touched || showErrors ? error : undefined);
  const hintId = hint ? `${id}-goi-y` : undefined;
  const errorId = `${id}-loi`;
  const describedBy = [hintId, shown ? errorId : undefined].filter(Boolean).join(' ') || undefined;

  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    setDraft(next);
    if (!personalNumberMessage(next)) {
      committed.current = next;
      onCommit(next);
    }
  };

  const shared = {
    id,
    value: draft,
    onInput,
    onBlur: () => setTouched(true),
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

/**
 * A modal question with two answers, on the native <dialog>: it traps focus, closes with Escape or a
 * click outside it (as "no") and gives focus back to what opened it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  /** Style the confirm button as destructive. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  id,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
  onConfirm,
  onCancel,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    // The safe answer has focus first, so Enter by habit does not destroy anything.
    cancelButton.current?.focus();
    return () => {
      // Still open, the modal dialog makes the rest of the page inert, and focusing the opener would fail.
      if (element?.open) element.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class="sa-dialog"
      aria-labelledby={`${id}-tieu-de`}
      aria-describedby={`${id}-noi-dung`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself, outside its box: "no", like Escape.
        const box = event.currentTarget.getBoundingClientRect();
        const outside =
          event.clientX < box.left ||
          event.clientX > box.right ||
          event.clientY < box.top ||
          event.clientY > box.bottom;
        if (event.target === event.currentTarget && outside) onCancel();
      }}
    >
      <h2 id={`${id}-tieu-de`}>{title}</h2>
      <div id={`${id}-noi-dung`}>{children}</div>
      <div class="sa-actions">
        <button
          type="button"
          class={danger ? 'site-button site-button--danger' : 'site-button site-button--primary'}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" ref={cancelButton} class="site-button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}

/**
 * A portal's dialog over its page. Where the person works (Hướng dẫn, Thực hành, Kiểm tra) it is a real
 * modal `<dialog>`: opened with `showModal()`, so Tab stays inside and everything else is inert; focus
 * goes to its title, Esc plays its "Đóng" (a cancel that costs nothing, as in the scenario), and on
 * closing focus returns to the control that opened it. The modal leaves the task bar out of reach, so
 * the dialog carries a status line of its own: the instruction and the feedback of the last action,
 * announced politely (the bar, inert, is not heard meanwhile).
 *
 * In Xem minh họa the screen is a moving picture the person does not act on (inert): a modal there
 * would only take the demo's own controls away, so the dialog is drawn over the page as in a guide's
 * still figure, and the bar with "Tiếp ▶" stays at hand.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useSim } from './context';
import { ScreenHeading } from './controls';
import { TaskStatus } from './TaskStatus';

interface Props {
  title: string;
  /** An id for the title, which names the dialog. */
  titleId: string;
  /** The control that closes it without doing anything ("Đóng"), played by Esc. */
  closeControl: string;
  /** The control that opened it, where focus goes back when it closes. */
  opener?: string | undefined;
  class?: string;
  children: ComponentChildren;
}

export function SimDialog({ title, titleId, closeControl, opener, class: extra, children }: Props) {
  const sim = useSim();
  const ref = useRef<HTMLDialogElement>(null);
  const task = sim.still || sim.run.mode === 'demo' ? null : sim.task;
  const modal = task !== null;
  const className = ['portal-dialog', extra].filter(Boolean).join(' ');
  const { returnFocusTo } = sim;

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!modal || !dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-screen-heading]')?.focus({ preventScroll: true });
    // Unmounted with the dialog's screen (closed, or the run moved on): the next screen gets the opener back.
    return () => {
      if (opener) returnFocusTo(opener);
    };
  }, [modal, opener, returnFocusTo]);

  const heading = (
    <ScreenHeading>
      <span id={titleId}>{title}</span>
    </ScreenHeading>
  );
  if (!task) {
    // A picture of the dialog (a guide's figure) or the demo's: over the page, in the page's flow.
    return sim.still ? (
      <div class={className}>
        {heading}
        {children}
      </div>
    ) : (
      <div class={className} role="dialog" aria-labelledby={titleId}>
        {heading}
        {children}
      </div>
    );
  }
  return (
    <dialog
      ref={ref}
      class={className}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The browser would close the dialog itself; the run decides, as its "Đóng" does.
        event.preventDefault();
        sim.dispatch({ kind: 'click', target: closeControl });
      }}
    >
      {heading}
      <div class="sim-dialog-status" data-pinned>
        <TaskStatus {...task} />
      </div>
      {children}
    </dialog>
  );
}

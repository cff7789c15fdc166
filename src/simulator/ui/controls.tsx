/**
 * The controls screens are drawn with: real buttons and inputs, each with the stable id the scenario
 * refers to. The highlight is a class (an outline plus a label), never the only cue: the instruction
 * names the control too. In a still picture (a guide's figure) the same controls are drawn as text.
 */
import type { ComponentChildren, TargetedInputEvent } from 'preact';
import type { Outcome } from '../engine/types';
import { madeUpValue } from '../runtime/shell-view';
import { useSim } from './context';
import { ui } from './strings';
import './controls.css';

const classes = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(' ');

const MISSED = 'sim-missed';

/** A miss shows on the control itself, where the finger is, not only in the task bar's message. */
function showMiss(event: Outcome['event'] | null, control: HTMLElement): void {
  if (event !== 'wrong') return;
  control.classList.remove(MISSED);
  // Reading the layout restarts the shake when the same control is missed twice in a row.
  void control.offsetWidth;
  control.classList.add(MISSED);
  setTimeout(() => control.classList.remove(MISSED), 1500);
}

interface SimButtonProps {
  id: string;
  children: ComponentChildren;
  class?: string;
  submit?: boolean;
  expanded?: boolean;
}

export function SimButton({ id, children, class: extra, submit, expanded }: SimButtonProps) {
  const sim = useSim();
  if (sim.still)
    return <span class={classes('sim-control', extra, sim.highlight === id && 'sim-target')}>{children}</span>;
  return (
    <button
      type={submit ? 'submit' : 'button'}
      id={`sim-${id}`}
      data-sim={id}
      class={classes('sim-control', extra, sim.highlight === id && 'sim-target')}
      aria-expanded={expanded}
      onClick={(event) => {
        event.preventDefault();
        showMiss(sim.dispatch({ kind: 'click', target: id }), event.currentTarget);
      }}
    >
      {children}
    </button>
  );
}

interface SimFieldProps {
  id: string;
  label: string;
  secret?: boolean;
  numeric?: boolean;
}

export function SimField({ id, label, secret, numeric }: SimFieldProps) {
  const sim = useSim();
  if (sim.still) {
    return (
      <div class="portal-field">
        <span>{label}</span>
        <span class={classes('sim-control portal-still-input', sim.highlight === id && 'sim-target')}>
          {secret ? '••••••••' : sim.fieldValue(id)}
        </span>
      </div>
    );
  }
  const onInput = (event: TargetedInputEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    showMiss(sim.dispatch({ kind: 'type', target: id, value: input.value }), input);
    // A value the engine refused (a real-looking number, a typo) does not stay in the box.
    const kept = sim.fieldValue(id);
    if (input.isConnected && input.value !== kept) input.value = kept;
  };
  // In Hướng dẫn and Thực hành the value to type is at hand beside the field; Kiểm tra has the persona card.
  const chip = sim.run.mode === 'guided' || sim.run.mode === 'practice' ? madeUpValue(sim.scenario, sim.run, id) : null;
  return (
    <div class={classes('portal-field', sim.highlight === id && 'sim-target-wrap')}>
      <label for={`sim-${id}`}>{label}</label>
      <input
        id={`sim-${id}`}
        data-sim={id}
        class={classes('sim-control', sim.highlight === id && 'sim-target')}
        type={secret ? 'password' : 'text'}
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        spellcheck={false}
        value={sim.fieldValue(id)}
        onInput={onInput}
        // Leaving the field confirms what it holds: a wrong value counts then, once, never a keystroke.
        onBlur={(event) => showMiss(sim.dispatch({ kind: 'confirm', target: id }), event.currentTarget)}
      />
      {chip !== null && (
        <p class="sim-chip">
          <span>
            {ui.madeUpValue} <code>{chip}</code>
          </span>
          <button
            type="button"
            aria-label={ui.fillLabel(label)}
            onClick={(event) => showMiss(sim.dispatch({ kind: 'type', target: id, value: chip }), event.currentTarget)}
          >
            {ui.fill}
          </button>
        </p>
      )}
    </div>
  );
}

interface SimCheckboxProps {
  id: string;
  /** The accessible name (the row it ticks), read out though not shown. */
  label: string;
  /** As the run has it: a tick the engine refused does not stay. */
  checked: boolean;
}

export function SimCheckbox({ id, label, checked }: SimCheckboxProps) {
  const sim = useSim();
  if (sim.still) {
    return (
      <span class={classes('sim-still-check', sim.highlight === id && 'sim-target')}>
        <span aria-hidden="true">{checked ? '✓' : ''}</span>
        <span class="sr-only">
          {label} {checked ? '(đã chọn)' : '(chưa chọn)'}
        </span>
      </span>
    );
  }
  return (
    <span class={classes('sim-check', sim.highlight === id && 'sim-target-wrap')}>
      <input
        id={`sim-${id}`}
        data-sim={id}
        type="checkbox"
        class={classes('sim-control', sim.highlight === id && 'sim-target')}
        checked={checked}
        onChange={(event) => {
          const input = event.currentTarget;
          showMiss(sim.dispatch({ kind: 'tick', target: id, value: input.checked }), input);
          // Back to what the run holds; the next render moves it if the tick was accepted.
          input.checked = checked;
        }}
      />
      <label for={`sim-${id}`} class="sr-only">
        {label}
      </label>
    </span>
  );
}

interface SimSelectProps {
  id: string;
  label: string;
  options: Record<string, string>;
  /** As the run has it; '' for none chosen. */
  value: string;
  placeholder: string;
}

export function SimSelect({ id, label, options, value, placeholder }: SimSelectProps) {
  const sim = useSim();
  if (sim.still) {
    return (
      <div class="portal-field">
        <span>{label}</span>
        <span class={classes('sim-control portal-still-input', sim.highlight === id && 'sim-target')}>
          {options[value] ?? placeholder} ▾
        </span>
      </div>
    );
  }
  return (
    <div class={classes('portal-field', sim.highlight === id && 'sim-target-wrap')}>
      <label for={`sim-${id}`}>{label}</label>
      <select
        id={`sim-${id}`}
        data-sim={id}
        class={classes('sim-control', sim.highlight === id && 'sim-target')}
        value={value}
        onChange={(event) => {
          const select = event.currentTarget;
          showMiss(sim.dispatch({ kind: 'choose', target: id, value: select.value }), select);
          select.value = value;
        }}
      >
        <option value="">{placeholder}</option>
        {Object.entries(options).map(([key, text]) => (
          <option value={key}>{text}</option>
        ))}
      </select>
    </div>
  );
}

interface SimInertProps {
  children: ComponentChildren;
  class?: string;
  /** What the control is for on the real portal, when that says more than the general answer. */
  note?: string;
}

/**
 * Something the real portal lets a person press that this task does not use (a service tile, say):
 * a press is answered in the task bar, neither right nor wrong, rather than met with silence. The one
 * way every screen draws such a thing.
 */
export function SimInert({ children, class: extra, note }: SimInertProps) {
  const sim = useSim();
  if (sim.still) return <span class={classes('sim-control', extra)}>{children}</span>;
  return (
    <button type="button" class={classes('sim-control sim-inert', extra)} onClick={() => sim.inform(note ?? ui.inert)}>
      {children}
    </button>
  );
}

/** A screen's heading: where focus lands when the screen changes. */
export function ScreenHeading({ children, class: extra }: { children: ComponentChildren; class?: string }) {
  const { headingLevel, still } = useSim();
  // A still picture stays out of the page's outline: its title is text in the figure.
  if (still) return <p class={classes('portal-heading', extra)}>{children}</p>;
  const Tag = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <Tag class={classes('portal-heading', extra)} tabIndex={-1} data-screen-heading>
      {children}
    </Tag>
  );
}

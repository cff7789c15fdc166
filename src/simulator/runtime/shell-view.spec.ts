import { describe, expect, it } from 'vitest';
import { applyAction, createSession, nextCorrectAction, valuesOf } from '../engine/machine';
import type { SessionState } from '../engine/types';
import { scenario } from '../scenarios/lien-ket-vneid/scenario';
import { feedbackView, madeUpValue, shellView } from './shell-view';

/** The run after the first `count` right actions (all of them: to the end). */
function after(count = Infinity, mode: 'guided' | 'practice' | 'test' = 'practice'): SessionState {
  let run = createSession(scenario, mode, 1);
  for (
    let next = nextCorrectAction(scenario, run), i = 0;
    next && i < count;
    next = nextCorrectAction(scenario, run), i++
  )
    run = applyAction(scenario, run, next.action, 0).state;
  return run;
}

describe('what the simulator frame shows', () => {
  it('highlights the target in Hướng dẫn, and in Thực hành only once a hint was asked', () => {
    const run = after(1);
    const target = scenario.steps[1]!.correct[0]!.target;
    expect(shellView(scenario, 'guided', run).highlight).toBe(target);
    expect(shellView(scenario, 'practice', run).highlight).toBeNull();
    expect(shellView(scenario, 'practice', { ...run, hints: [scenario.steps[1]!.id] }).highlight).toBe(target);
    expect(shellView(scenario, 'test', { ...run, hints: [scenario.steps[1]!.id] }).highlight).toBeNull();
  });

  it('counts steps done out of the run’s steps, and every miss', () => {
    const run = { ...after(2), misses: { a: ['x', 'y'], b: ['z'] } };
    // The password path at VNeID leaves out the QR code's one step.
    const onPath = scenario.steps.length - 1;
    expect(shellView(scenario, 'practice', run)).toMatchObject({
      finished: false,
      step: scenario.steps[2],
      done: 2,
      total: onPath,
      errors: 3,
    });
    const end = shellView(scenario, 'practice', after());
    expect(end).toMatchObject({ finished: true, step: undefined, highlight: null });
    expect(end.done).toBe(end.total);
  });

  it('reads the same total from the first step to the last', () => {
    const totals = new Set<number>();
    let run = createSession(scenario, 'practice', 1);
    for (let next = nextCorrectAction(scenario, run); next; next = nextCorrectAction(scenario, run)) {
      totals.add(shellView(scenario, 'practice', run).total);
      run = applyAction(scenario, run, next.action, 0).state;
    }
    totals.add(shellView(scenario, 'practice', run).total);
    expect([...totals]).toEqual([shellView(scenario, 'practice', run).done]);
  });

  it('withholds the explanation of a miss in Kiểm tra, never what is neither right nor wrong', () => {
    const miss = { tone: 'wrong', text: 'Chưa đúng: bấm nút khác.' } as const;
    expect(feedbackView('practice', miss, false)).toEqual({ kind: 'wrong', text: miss.text });
    expect(feedbackView('test', miss, false)).toEqual({ kind: 'withheld' });
    const warning = { tone: 'info', text: scenario.realDataWarning } as const;
    expect(feedbackView('test', warning, false)).toEqual({ kind: 'info', text: warning.text });
  });

  it('says a right action was right while the run goes on, and at the end only what it explains', () => {
    const plain = { tone: 'correct', text: '' } as const;
    const explained = { tone: 'correct', text: 'Đã lưu.' } as const;
    expect(feedbackView('test', explained, false)).toEqual({ kind: 'correct', text: '' });
    expect(feedbackView('guided', explained, false)).toEqual({ kind: 'correct', text: 'Đã lưu.' });
    expect(feedbackView('guided', plain, true)).toBeNull();
    expect(feedbackView('test', explained, true)).toBeNull();
    expect(feedbackView('guided', explained, true)).toEqual({ kind: 'correct', text: 'Đã lưu.' });
    expect(feedbackView('guided', null, false)).toBeNull();
  });
});

describe('the made-up value beside a field', () => {
  it('is the persona’s value or the run’s seeded one, filled in, and nothing for a field that takes none', () => {
    const run = after(0);
    const values = valuesOf(scenario, run.seed);
    expect(madeUpValue(scenario, run, 'login-user')).toBe(values['idNumber']);
    expect(madeUpValue(scenario, run, 'otp-code')).toBe(values['otp']);
    expect(madeUpValue(scenario, run, 'otp-code')).toMatch(/^\d{6}$/);
    expect(madeUpValue(scenario, run, 'login-submit')).toBeNull();
  });
});

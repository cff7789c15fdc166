import { describe, expect, it } from 'vitest';
import {
  applyAction,
  createSession,
  currentScreen,
  currentSteps,
  isFinished,
  nextCorrectAction,
  replayTo,
  storableRun,
  takeHint,
} from './machine';
import { seededRandom } from './random';
import { scoreOf } from './scoring';
import type { Scenario, SessionState } from './types';
import { validateScenario } from './validate';

/** A small scenario with every feature: a group, a branch, a seeded value, a repeated screen. */
const tiny: Scenario = {
  id: 'tiny',
  title: 'Tiny',
  goal: 'Goal',
  persona: { user: 'mai' },
  variables: (random) => ({ code: String(Math.floor(random() * 900) + 100) }),
  screens: {
    a: { title: 'A', controls: ['go', 'no', 'user', 'code', 'qr'], secret: ['code'] },
    b: { title: 'B', controls: ['ok', 'skip'] },
    c: { title: 'C', controls: ['done'] },
  },
  steps: [
    {
      id: 's1',
      screen: 'a',
      guideStep: 'g1',
      instruction: 'Go',
      hint: 'h1',
      correct: [{ kind: 'click', target: 'go' }],
      wrong: [{ kind: 'click', target: 'no', feedback: 'not no' }],
    },
    {
      id: 's2',
      screen: 'a',
      guideStep: 'g1',
      group: 'f',
      instruction: 'User',
      hint: 'h2',
      correct: [
        { kind: 'type', target: 'user', value: '{user}' },
        { kind: 'click', target: 'qr', goto: 's5' },
      ],
    },
    {
      id: 's3',
      screen: 'a',
      guideStep: 'g1',
      group: 'f',
      instruction: 'Code',
      hint: 'h3',
      correct: [
        { kind: 'type', target: 'code', value: '{code}' },
        { kind: 'click', target: 'qr', goto: 's5' },
      ],
    },
    {
      id: 's4',
      screen: 'b',
      guideStep: 'g2',
      instruction: 'Ok',
      hint: 'h4',
      correct: [{ kind: 'click', target: 'ok' }],
      wrong: [{ kind: 'click', target: 'skip', feedback: 'not now' }],
    },
    {
      id: 's5',
      screen: 'b',
      guideStep: 'g2',
      instruction: 'Skip',
      hint: 'h5',
      correct: [{ kind: 'click', target: 'skip' }],
      wrong: [{ kind: 'click', target: 'ok', feedback: 'skip now' }],
    },
  ],
  finalScreen: 'c',
  finishedText: 'finished',
  defaultFeedback: 'default',
  realDataWarning: 'real',
  typoFeedback: 'typo',
  passMark: 80,
  targetSeconds: 60,
};

const code = (seed: number) => String(Math.floor(seededRandom(seed)() * 900) + 100);

describe('simulator engine', () => {
  it('accepts the tiny scenario', () => {
    expect(validateScenario(tiny, ['g1', 'g2'])).toEqual([]);
  });

  it('advances on a right action and charges a miss on a wrong one', () => {
    let state = createSession(tiny, 'practice', 7);
    const wrong = applyAction(tiny, state, { kind: 'click', target: 'no' }, 1000);
    expect(wrong.event).toBe('wrong');
    expect(wrong.feedback?.text).toBe('not no');
    expect(wrong.state.position).toBe(0);
    const other = applyAction(tiny, wrong.state, { kind: 'click', target: 'qr' }, 1000);
    expect(other.feedback?.text).toBe('default');
    state = applyAction(tiny, other.state, { kind: 'click', target: 'go' }, 2000).state;
    expect(state.position).toBe(1);
    expect(state.misses['s1']).toEqual(['not no', 'default']);
    expect(state.startedAt).toBe(1000);
  });

  it('lets grouped steps be done in any order, with seeded values', () => {
    let state = applyAction(tiny, createSession(tiny, 'guided', 7), { kind: 'click', target: 'go' }, 0).state;
    expect(currentSteps(tiny, state).map((s) => s.id)).toEqual(['s2', 's3']);
    state = applyAction(tiny, state, { kind: 'type', target: 'code', value: code(7) }, 0).state;
    expect(currentSteps(tiny, state).map((s) => s.id)).toEqual(['s2']);
    state = applyAction(tiny, state, { kind: 'type', target: 'user', value: 'ma' }, 0).state;
    expect(state.fields['user']).toBe('ma');
    const outcome = applyAction(tiny, state, { kind: 'type', target: 'user', value: 'mai' }, 0);
    expect(outcome.screenChanged).toBe(true);
    expect(currentScreen(tiny, outcome.state)).toBe('b');
    expect(outcome.state.fields).toEqual({});
  });

  it('meets the same screen twice with a different right answer', () => {
    let state = replayTo(tiny, 'guided', 3, 3, 0);
    expect(applyAction(tiny, state, { kind: 'click', target: 'skip' }, 0).feedback?.text).toBe('not now');
    state = applyAction(tiny, state, { kind: 'click', target: 'ok' }, 0).state;
    expect(applyAction(tiny, state, { kind: 'click', target: 'ok' }, 0).feedback?.text).toBe('skip now');
    state = applyAction(tiny, state, { kind: 'click', target: 'skip' }, 5000).state;
    expect(isFinished(tiny, state)).toBe(true);
    expect(currentScreen(tiny, state)).toBe('c');
  });

  it('follows a branch and skips the steps it passes over', () => {
    let state = applyAction(tiny, createSession(tiny, 'test', 1), { kind: 'click', target: 'go' }, 0).state;
    state = applyAction(tiny, state, { kind: 'click', target: 'qr' }, 0).state;
    expect(state.skipped.sort()).toEqual(['s3', 's4']);
    expect(nextCorrectAction(tiny, state)?.step.id).toBe('s5');
  });

  it('keeps what is typed without a word, and never lets a password typed wrong reach storage', () => {
    const state = applyAction(tiny, createSession(tiny, 'practice', 1), { kind: 'click', target: 'go' }, 0).state;
    const typo = applyAction(tiny, state, { kind: 'type', target: 'user', value: 'x' }, 0);
    expect(typo).toMatchObject({ feedback: null, event: 'neutral' });
    expect(typo.state.fields['user']).toBe('x');
    const secret = applyAction(tiny, state, { kind: 'type', target: 'code', value: 'hunter2' }, 0);
    expect(secret.event).toBe('neutral');
    expect(secret.state.fields['code']).toBe('hunter2');
    expect(JSON.stringify(storableRun(tiny, secret.state))).not.toContain('hunter2');
    expect(storableRun(tiny, typo.state).fields['user']).toBe('x');
    const real = applyAction(tiny, state, { kind: 'type', target: 'user', value: '0912 345 678' }, 0);
    expect(real.feedback).toEqual({ tone: 'info', text: 'real' });
    expect(real.event).toBe('neutral');
    expect(JSON.stringify(real.state)).not.toContain('0912');
  });

  describe('what counts as a mistake', () => {
    const atForm = () =>
      applyAction(tiny, createSession(tiny, 'practice', 1), { kind: 'click', target: 'go' }, 0).state;
    const typeKeys = (state: SessionState, target: string, text: string) => {
      let run = state;
      for (let i = 1; i <= text.length; i += 1) {
        const outcome = applyAction(tiny, run, { kind: 'type', target, value: text.slice(0, i) }, 0);
        expect(outcome.event, `keystroke ${i}`).not.toBe('wrong');
        run = outcome.state;
      }
      return run;
    };
    const errors = (state: SessionState) => scoreOf(tiny, state).errors;

    it('a keystroke never is one, however wrong the value on the way', () => {
      const run = typeKeys(atForm(), 'user', 'maicong');
      expect(errors(run)).toBe(0);
      expect(run.misses).toEqual({});
    });

    it('a wrong value is one when confirmed, once, however often it is confirmed', () => {
      let run = typeKeys(atForm(), 'user', 'Maicong');
      const left = applyAction(tiny, run, { kind: 'confirm', target: 'user' }, 0);
      expect(left).toMatchObject({ event: 'wrong', feedback: { tone: 'wrong', text: 'typo' } });
      run = applyAction(tiny, left.state, { kind: 'confirm', target: 'user' }, 0).state;
      expect(errors(run)).toBe(1);
      // Corrected: backspaced and typed again, it is right, and the count stays at one.
      for (const value of ['Maicon', 'Maico', 'Maic', 'Mai', 'Ma', 'M', '', 'm', 'ma', 'mai'])
        run = applyAction(tiny, run, { kind: 'type', target: 'user', value }, 0).state;
      expect(run.done).toContain('s2');
      expect(errors(run)).toBe(1);
    });

    it('leaving a field empty or half typed is none', () => {
      let run = applyAction(tiny, atForm(), { kind: 'confirm', target: 'user' }, 0).state;
      run = typeKeys(run, 'user', 'ma');
      const left = applyAction(tiny, run, { kind: 'confirm', target: 'user' }, 0);
      expect(left).toMatchObject({ event: 'neutral', feedback: null });
      expect(errors(left.state)).toBe(0);
    });

    it('a value typed wrong again after a correction is a second one', () => {
      let run = typeKeys(atForm(), 'user', 'x');
      run = applyAction(tiny, run, { kind: 'confirm', target: 'user' }, 0).state;
      run = typeKeys(run, 'user', 'y');
      run = applyAction(tiny, run, { kind: 'confirm', target: 'user' }, 0).state;
      expect(errors(run)).toBe(2);
      expect(scoreOf(tiny, run).steps.find((step) => step.stepId === 's2')?.misses).toEqual(['typo', 'typo']);
    });

    it('a wrong click is one, each time', () => {
      let run = createSession(tiny, 'practice', 1);
      run = applyAction(tiny, run, { kind: 'click', target: 'no' }, 0).state;
      run = applyAction(tiny, run, { kind: 'click', target: 'no' }, 0).state;
      expect(errors(run)).toBe(2);
    });

    it('the count and the list agree, misses on a step a branch then skipped included', () => {
      let run = typeKeys(atForm(), 'code', 'zz');
      run = applyAction(tiny, run, { kind: 'confirm', target: 'code' }, 0).state;
      run = applyAction(tiny, run, { kind: 'click', target: 'qr' }, 0).state;
      run = applyAction(tiny, run, { kind: 'click', target: 'ok' }, 0).state;
      run = applyAction(tiny, run, { kind: 'click', target: 'skip' }, 0).state;
      expect(isFinished(tiny, run)).toBe(true);
      const score = scoreOf(tiny, run);
      expect(score.errors).toBe(2);
      expect(score.steps.flatMap((step) => step.misses)).toHaveLength(score.errors);
      expect(score.steps.map((step) => step.stepId)).toContain('s3');
    });
  });

  it('scores a test: first tries, misses and time, with a pass mark', () => {
    let state = createSession(tiny, 'test', 9);
    const play = (n: number, at: number) => {
      for (let i = 0; i < n; i += 1) state = applyAction(tiny, state, nextCorrectAction(tiny, state)!.action, at).state;
    };
    play(5, 1000);
    const perfect = scoreOf(tiny, state);
    expect(perfect).toMatchObject({ score: 100, passed: true, firstTry: 5, counted: 5, errors: 0 });

    state = createSession(tiny, 'test', 9);
    state = applyAction(tiny, state, { kind: 'click', target: 'no' }, 0).state;
    play(3, 1000);
    state = applyAction(tiny, state, { kind: 'click', target: 'skip' }, 1000).state;
    play(2, 200_000);
    const flawed = scoreOf(tiny, state);
    expect(flawed.firstTry).toBe(3);
    expect(flawed.errors).toBe(2);
    expect(flawed.points).toEqual({ accuracy: 42, errors: 10, time: 0 });
    expect(flawed.passed).toBe(false);
    expect(flawed.steps.find((s) => s.stepId === 's4')?.misses).toEqual(['not now']);
  });

  it('never passes outside Kiểm tra, nor a run opened mid-way', () => {
    const play = (state0: ReturnType<typeof createSession>) => {
      let state = state0;
      while (!isFinished(tiny, state))
        state = applyAction(tiny, state, nextCorrectAction(tiny, state)!.action, 0).state;
      return scoreOf(tiny, state);
    };
    expect(play(createSession(tiny, 'practice', 1)).passed).toBe(false);
    expect(play(replayTo(tiny, 'test', 1, 3, 0)).passed).toBe(false);
  });

  it('counts a hint as not right the first time', () => {
    const { state, hint } = takeHint(tiny, createSession(tiny, 'practice', 1));
    expect(hint).toBe('h1');
    expect(state.hints).toEqual(['s1']);
  });

  it('rejects a broken scenario', () => {
    const broken: Scenario = {
      ...tiny,
      steps: [
        { ...tiny.steps[0]!, correct: [{ kind: 'click', target: 'ok' }] },
        { ...tiny.steps[1]!, screen: 'zzz' },
        { ...tiny.steps[3]!, correct: [{ kind: 'click', target: 'ok', goto: 's2' }] },
        { ...tiny.steps[3]!, id: 's1', group: undefined as never },
        { ...tiny.steps[4]!, correct: [{ kind: 'type', target: 'ok', value: '{nope}' }] },
      ] as Scenario['steps'],
    };
    const problems = validateScenario(broken, ['g1']);
    expect(problems).toEqual(
      expect.arrayContaining([
        'step s1: control "ok" is not on screen "a"',
        'step s2: unknown screen "zzz"',
        'step s4: goto "s2" goes backwards',
        'step s1: duplicate id',
        'step s4: unknown guide step "g2"',
        'step s5: unknown placeholder in "{nope}"',
      ]),
    );
    const unreachable: Scenario = {
      ...tiny,
      steps: [
        { ...tiny.steps[0]!, correct: [{ kind: 'click', target: 'go', goto: 's3' }] },
        tiny.steps[3]!,
        { ...tiny.steps[2]!, group: 'other' },
      ],
    };
    expect(validateScenario(unreachable)).toContain('step s4: unreachable');
  });
});

/** A dossier of two parts filled in any order: one through a dialog (open, tick, confirm), one directly. */
const { variables: _unused, ...plain } = tiny;
const dialog: Scenario = {
  ...plain,
  id: 'dialog',
  screens: {
    list: { title: 'List', controls: ['open-a', 'file-a', 'file-b', 'open-b', 'send'] },
    picker: { title: 'Picker', controls: ['row-1', 'row-2', 'confirm', 'close'] },
    sent: { title: 'Sent', controls: [] },
  },
  steps: [
    {
      id: 'a-open',
      screen: 'list',
      guideStep: 'g1',
      group: 'parts',
      instruction: 'Open A',
      hint: 'h',
      correct: [{ kind: 'click', target: 'open-a' }],
    },
    {
      id: 'a-tick',
      screen: 'picker',
      guideStep: 'g1',
      group: 'parts',
      after: 'a-open',
      cancel: 'close',
      instruction: 'Tick row 1',
      hint: 'h',
      correct: [{ kind: 'tick', target: 'row-1', value: true }],
      wrong: [{ kind: 'tick', target: 'row-2', feedback: 'row 2 is another paper' }],
    },
    {
      id: 'a-confirm',
      screen: 'picker',
      guideStep: 'g1',
      group: 'parts',
      after: 'a-tick',
      cancel: 'close',
      instruction: 'Confirm',
      hint: 'h',
      correct: [{ kind: 'click', target: 'confirm' }],
    },
    {
      id: 'b-file',
      screen: 'list',
      guideStep: 'g1',
      group: 'parts',
      instruction: 'Attach B',
      hint: 'h',
      correct: [{ kind: 'click', target: 'file-b', explain: 'nothing fits B' }],
      wrong: [{ kind: 'click', target: 'open-b', feedback: 'the store has nothing for B' }],
    },
    {
      id: 'send',
      screen: 'list',
      guideStep: 'g2',
      instruction: 'Send',
      hint: 'h',
      correct: [{ kind: 'click', target: 'send' }],
    },
  ],
  finalScreen: 'sent',
};

describe('sub-tasks in a group', () => {
  const click = (target: string) => ({ kind: 'click' as const, target });
  const ids = (state: SessionState) => currentSteps(dialog, state).map((step) => step.id);

  it('validates', () => {
    expect(validateScenario(dialog, ['g1', 'g2'])).toEqual([]);
  });

  it('offers each sub-task’s first step, then only the started sub-task until it ends', () => {
    let state = createSession(dialog, 'practice', 1);
    expect(ids(state)).toEqual(['a-open', 'b-file']);
    const opened = applyAction(dialog, state, click('open-a'), 0);
    expect(opened.screenChanged).toBe(true);
    state = opened.state;
    expect(currentScreen(dialog, state)).toBe('picker');
    expect(ids(state)).toEqual(['a-tick']);
    // The other part's button is behind the dialog: a miss, charged to the dialog's step.
    const behind = applyAction(dialog, state, click('file-b'), 0);
    expect(behind.event).toBe('wrong');
    expect(behind.state.misses['a-tick']).toEqual(['default']);
    const wrongRow = applyAction(dialog, state, { kind: 'tick', target: 'row-2', value: true }, 0);
    expect(wrongRow.feedback).toEqual({ tone: 'wrong', text: 'row 2 is another paper' });
    state = applyAction(dialog, state, { kind: 'tick', target: 'row-1', value: true }, 0).state;
    expect(ids(state)).toEqual(['a-confirm']);
    const closed = applyAction(dialog, state, click('confirm'), 0);
    expect(closed.screenChanged).toBe(true);
    expect(ids(closed.state)).toEqual(['b-file']);
    expect(currentScreen(dialog, closed.state)).toBe('list');
  });

  it('undoes a started sub-task when its dialog is closed, without a miss', () => {
    let state = applyAction(dialog, createSession(dialog, 'test', 1), click('open-a'), 0).state;
    state = applyAction(dialog, state, { kind: 'tick', target: 'row-1', value: true }, 0).state;
    const closed = applyAction(dialog, state, click('close'), 0);
    expect(closed.event).toBe('neutral');
    expect(closed.screenChanged).toBe(true);
    expect(closed.state.done).toEqual([]);
    expect(closed.state.misses).toEqual({});
    expect(ids(closed.state)).toEqual(['a-open', 'b-file']);
  });

  it('explains a right move when the why matters, and names the miss when the store has nothing', () => {
    const start = createSession(dialog, 'guided', 1);
    expect(applyAction(dialog, start, click('open-b'), 0).feedback?.text).toBe('the store has nothing for B');
    const right = applyAction(dialog, start, click('file-b'), 0);
    expect(right.event).toBe('correct');
    expect(right.feedback).toEqual({ tone: 'correct', text: 'nothing fits B' });
    expect(right.screenChanged).toBe(false);
  });

  it('lets the demo play the whole dossier, in either order by hand', () => {
    let demo = createSession(dialog, 'demo', 1);
    for (let next = nextCorrectAction(dialog, demo); next; next = nextCorrectAction(dialog, demo))
      demo = applyAction(dialog, demo, next.action, 0).state;
    expect(isFinished(dialog, demo)).toBe(true);
    let byHand = createSession(dialog, 'practice', 1);
    for (const action of [
      click('file-b'),
      click('open-a'),
      { kind: 'tick' as const, target: 'row-1', value: true },
      click('confirm'),
      click('send'),
    ]) {
      byHand = applyAction(dialog, byHand, action, 0).state;
    }
    expect(isFinished(dialog, byHand)).toBe(true);
    expect(scoreOf(dialog, byHand).firstTry).toBe(5);
  });

  it('rejects a sub-task that leaves its group or a cancel with nothing to cancel', () => {
    const steps = dialog.steps.map((step) =>
      step.id === 'a-confirm'
        ? { ...step, group: undefined as never }
        : step.id === 'b-file'
          ? { ...step, cancel: 'close' }
          : step,
    );
    const problems = validateScenario({ ...dialog, steps: [...steps.slice(0, 2), steps[3]!, steps[2]!, steps[4]!] }, [
      'g1',
      'g2',
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'step a-confirm: after "a-tick" is outside its group',
        'step b-file: cancel without a sub-task to abandon',
        'step b-file: control "close" is not on screen "list"',
      ]),
    );
  });
});

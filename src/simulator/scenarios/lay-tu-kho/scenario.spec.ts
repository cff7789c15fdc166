import { describe, expect, it } from 'vitest';
import { guides } from '../../../guides/index';
import {
  applyAction,
  createSession,
  currentScreen,
  currentSteps,
  isFinished,
  nextCorrectAction,
  replayTo,
  stepIndexOf,
} from '../../engine/machine';
import { scoreOf } from '../../engine/scoring';
import { MODES, type Scenario, type SessionState, type SimAction, type WrongAction } from '../../engine/types';
import { validateScenario } from '../../engine/validate';
import { persona } from '../../portals/persona';
import { components, drawVariant, learningVariant, papers } from './dossier';
import { attachments, control, dialogComponent, dossierCode, source, stepId, variantFor } from './scenario';

const guideIds = guides['phu-luc-2'].steps.map((step) => step.id);
const click = (target: string): SimAction => ({ kind: 'click', target });
const tick = (paper: string, value = true): SimAction => ({ kind: 'tick', target: control.pick(paper), value });
const seeds = Array.from({ length: 300 }, (_, index) => index * 7919 + 11);

const asAction = (wrong: WrongAction): SimAction =>
  wrong.kind === 'click'
    ? click(wrong.target)
    : wrong.kind === 'tick'
      ? { kind: 'tick', target: wrong.target, value: wrong.value !== false }
      : { kind: wrong.kind, target: wrong.target, value: typeof wrong.value === 'string' ? wrong.value : 'mot-cua' };

/** Plays the right path; `pick` chooses which due step to take, so components can go in any order. */
function play(scenario: Scenario, state: SessionState, pick: (due: string[]) => number = () => 0): SessionState {
  let current = state;
  for (let guard = 0; !isFinished(scenario, current) && guard < 100; guard += 1) {
    const due = currentSteps(scenario, current);
    const step = due[Math.min(pick(due.map((s) => s.id)), due.length - 1)]!;
    const right = step.correct[0]!;
    const action: SimAction =
      right.kind === 'click'
        ? click(right.target)
        : right.kind === 'tick'
          ? { kind: 'tick', target: right.target, value: true }
          : { kind: right.kind, target: right.target, value: String(right.value) };
    current = applyAction(scenario, current, action, 1_000 + guard * 1_000).state;
  }
  return current;
}

/** Plays up to the dossier-components screen. */
const toComponents = (scenario: Scenario, mode: SessionState['mode'] = 'guided', seed = 1) =>
  replayTo(
    scenario,
    mode,
    seed,
    scenario.steps.findIndex((step) => step.screen === 'components'),
    0,
  );

describe('the login the annex describes and the one the simulator expects', () => {
  it('says, before the first click, in every mode, that the simulator logs in with VNeID, unlike the annex', () => {
    for (const mode of MODES) {
      const scenario = source.build(mode, 1);
      const first = mode === 'test' ? scenario.goal : scenario.steps[0]?.instruction;
      expect(first, mode).toMatch(/văn bản gốc.*tài khoản cấp bởi Cổng quốc gia.*VNeID/);
    }
  });
});

describe('Phụ lục 2 scenario', () => {
  const learning = source.build('guided', 1);

  it('passes the validator in every mode and many test variants, with the guide step ids of phu-luc-2.yaml', () => {
    for (const mode of MODES) expect(validateScenario(source.build(mode, 5), guideIds)).toEqual([]);
    for (const seed of seeds)
      expect(validateScenario(source.build('test', seed), guideIds), `seed ${seed}`).toEqual([]);
    expect(new Set(learning.steps.map((step) => step.guideStep))).toEqual(new Set(guideIds));
  });

  it('advances on every right action, and every listed mistake gives its own feedback without advancing', () => {
    let state = createSession(learning, 'guided', 3);
    while (!isFinished(learning, state)) {
      const next = nextCorrectAction(learning, state)!;
      for (const wrong of next.step.wrong ?? []) {
        const outcome = applyAction(learning, state, asAction(wrong), 0);
        expect(outcome.event, `${next.step.id} / ${wrong.target}`).toBe('wrong');
        expect(outcome.feedback?.text).toBe(wrong.feedback);
        expect(outcome.state.done).toEqual(state.done);
      }
      const outcome = applyAction(learning, state, next.action, 0);
      expect(outcome.event, next.step.id).toBe('correct');
      state = outcome.state;
    }
    expect(currentScreen(learning, state)).toBe('receipt');
    expect(attachments(state.done)).toEqual({
      'ly-lich-tu-phap': 'store',
      'thuc-hanh': 'store',
      'van-bang': 'file',
      cccd: 'store',
    });
  });

  it('names the mismatch when the wrong paper is ticked', () => {
    let state = applyAction(learning, toComponents(learning), click(control.fromStore('ly-lich-tu-phap')), 0).state;
    expect(currentScreen(learning, state)).toBe('store-dialog');
    expect(dialogComponent(currentSteps(learning, state))).toBe('ly-lich-tu-phap');
    const marital = applyAction(learning, state, tick('hon-nhan'), 0);
    expect(marital.event).toBe('wrong');
    expect(marital.feedback?.text).toContain('“Giấy xác nhận tình trạng hôn nhân” không phải “Phiếu lý lịch tư pháp”');
    expect(marital.feedback?.text).toContain('hồ sơ này không cần giấy tờ đó');
    const otherSlot = applyAction(learning, state, tick('cccd'), 0);
    expect(otherSlot.feedback?.text).toContain('dành cho thành phần “Bản sao có chứng thực căn cước công dân”');
    state = applyAction(learning, state, tick('ly-lich-tu-phap'), 0).state;
    const secondTick = applyAction(learning, state, tick('chung-chi'), 0);
    expect(secondTick.feedback?.text).toMatch(/^Mỗi thành phần chỉ lấy một giấy tờ/);
    const untick = applyAction(learning, state, tick('ly-lich-tu-phap', false), 0);
    expect(untick.feedback?.text).toContain('Giữ dấu chọn');
    const updated = applyAction(learning, state, click('store-update'), 0);
    expect(updated.screenChanged).toBe(true);
    expect(attachments(updated.state.done)['ly-lich-tu-phap']).toBe('store');
  });

  it('teaches what to do when the store has nothing that fits: attach a file, and make certified copies next time', () => {
    const state = toComponents(learning);
    const fromStore = applyAction(learning, state, click(control.fromStore('van-bang')), 0);
    expect(fromStore.event).toBe('wrong');
    expect(fromStore.feedback?.text).toContain('không có giấy tờ nào là “Bản sao có chứng thực văn bằng chuyên môn”');
    expect(fromStore.feedback?.text).toContain('Bộ phận Một cửa');
    for (const target of [control.chooseFile('van-bang'), control.scan('van-bang')]) {
      const attached = applyAction(learning, state, click(target), 0);
      expect(attached.event).toBe('correct');
      expect(attached.feedback?.tone).toBe('correct');
      expect(attached.feedback?.text).toContain('bản sao chứng thực điện tử');
      expect(attachments(attached.state.done)['van-bang']).toBe('file');
    }
  });

  it('says an upload does not count when the store has the paper, and refuses to submit an incomplete dossier', () => {
    const state = toComponents(learning);
    const upload = applyAction(learning, state, click(control.chooseFile('cccd')), 0);
    expect(upload.event).toBe('wrong');
    expect(upload.feedback?.text).toContain('không được tính là tái sử dụng');
    const early = applyAction(learning, state, click('submit'), 0);
    expect(early.event).toBe('wrong');
    expect(early.feedback?.text).toContain('Còn thành phần hồ sơ chưa có tệp');
  });

  it('closes the dialog without a miss, and the component can be taken again', () => {
    let state = applyAction(learning, toComponents(learning, 'practice'), click(control.fromStore('cccd')), 0).state;
    state = applyAction(learning, state, tick('cccd'), 0).state;
    const closed = applyAction(learning, state, click('store-close'), 0);
    expect(closed.event).toBe('neutral');
    expect(currentScreen(learning, closed.state)).toBe('components');
    expect(attachments(closed.state.done)['cccd']).toBeNull();
    expect(closed.state.misses).toEqual({});
    expect(play(learning, closed.state).finishedAt).not.toBeNull();
  });

  it('takes the components in any order', () => {
    const start = toComponents(learning, 'practice');
    const forwards = play(learning, start);
    const backwards = play(learning, start, (due) => due.length - 1);
    for (const end of [forwards, backwards]) {
      expect(isFinished(learning, end)).toBe(true);
      const score = scoreOf(learning, end);
      expect(score.counted).toBe(score.firstTry);
    }
    // The order really differed: the last component's dialog came first.
    const firstOpened = (end: SessionState) => end.done.find((id) => id.endsWith('-open') || id.endsWith('-attach'));
    expect(firstOpened(forwards)).not.toBe(firstOpened(backwards));
  });

  it('keeps the learning modes on the guide’s example, whatever the seed', () => {
    for (const mode of ['demo', 'guided', 'practice'] as const) {
      for (const seed of seeds.slice(0, 20)) expect(variantFor(mode, seed)).toEqual(learningVariant);
    }
  });

  it('varies Kiểm tra from the seed, the same way every time, and every variant is solvable', () => {
    const patterns = new Set<string>();
    const firstRows = new Set<string>();
    for (const seed of seeds) {
      const variant = drawVariant(seed);
      expect(drawVariant(seed)).toEqual(variant);
      expect(variant.fitting.length).toBeGreaterThanOrEqual(1);
      expect(variant.fitting.length).toBeLessThanOrEqual(components.length - 1);
      expect([...variant.store].sort()).toEqual([...variant.fitting, 'hon-nhan', 'chung-chi'].sort());
      patterns.add(variant.fitting.join());
      firstRows.add(variant.store[0]!);

      const scenario = source.build('test', seed);
      expect(source.build('test', seed).steps).toEqual(scenario.steps);
      const end = play(scenario, createSession(scenario, 'test', seed));
      expect(isFinished(scenario, end), `seed ${seed}`).toBe(true);
      const attached = attachments(end.done);
      for (const component of components)
        expect(attached[component]).toBe(variant.fitting.includes(component) ? 'store' : 'file');
      // Scoring covers every step taken: three per reused component, one per upload, plus the fixed steps.
      const score = scoreOf(scenario, end);
      expect(score.counted).toBe(scenario.steps.length);
      expect(scenario.steps.length).toBe(
        10 + 3 * variant.fitting.length + (components.length - variant.fitting.length),
      );
    }
    // All fourteen mixes of "has a paper / has none" occur, and the right row is not always first.
    expect(patterns.size).toBe(14);
    expect(firstRows.size).toBeGreaterThan(2);
  });

  it('scores a test with mistakes below one without', () => {
    const seed = seeds[0]!;
    const scenario = source.build('test', seed);
    const clean = play(scenario, createSession(scenario, 'test', seed));
    const variant = drawVariant(seed);
    const missing = components.find((component) => !variant.fitting.includes(component))!;
    let sloppy = toComponents(scenario, 'test', seed);
    sloppy = { ...sloppy, startedAt: 0 };
    sloppy = applyAction(scenario, sloppy, click(control.fromStore(missing)), 0).state;
    const end = play(scenario, sloppy);
    expect(scoreOf(scenario, clean).passed).toBe(true);
    expect(scoreOf(scenario, end).errors).toBe(1);
    expect(scoreOf(scenario, end).score).toBeLessThan(scoreOf(scenario, clean).score);
  });

  it('opens “Thử bước này” at each guide step, with the step due', () => {
    for (const id of guideIds) {
      const index = stepIndexOf(learning, id);
      const state = replayTo(learning, 'guided', 9, index, 0);
      expect(
        currentSteps(learning, state).map((step) => step.guideStep),
        id,
      ).toContain(id);
    }
    const tickStep = replayTo(learning, 'guided', 9, stepIndexOf(learning, 'p2-b4'), 0);
    expect(currentScreen(learning, tickStep)).toBe('store-dialog');
    expect(currentSteps(learning, tickStep)[0]?.id).toBe(stepId.pick('ly-lich-tu-phap'));
  });

  it('marks as added for practice every paper the source’s screenshot does not list (it lists three)', () => {
    const inSource = Object.values(papers).filter((paper) => paper.inSource);
    expect(inSource.map((paper) => paper.title).sort()).toEqual([
      'Chứng chỉ hành nghề dược',
      'Giấy xác nhận tình trạng hôn nhân',
      'Phiếu lý lịch tư pháp số 2',
    ]);
  });

  it('uses made-up papers only, and writes the receipt’s dossier code from the day of submission', () => {
    for (const paper of Object.values(papers)) expect(paper.code.startsWith(`${persona.idNumber}.KQ.`)).toBe(true);
    // 29/11/2026 23:30 in Vietnam is still the 29th there (16:30 UTC).
    expect(dossierCode(Date.UTC(2026, 10, 29, 16, 30), '0042')).toBe('000.00.18.H08-261129-0042');
  });
});

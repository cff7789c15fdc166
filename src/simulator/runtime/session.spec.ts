// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeVersioned, decodeVersionedValue, encodeVersioned } from '../../storage/versioned-store';
import { applyAction, createSession, currentSteps, isFinished, nextCorrectAction } from '../engine/machine';
import { fixedSource, type ScenarioSource } from '../engine/types';
import { drawVariant } from '../scenarios/lay-tu-kho/dossier';
import { source as varying } from '../scenarios/lay-tu-kho/scenario';
import { scenario } from '../scenarios/lien-ket-vneid/scenario';

import { createRuntime, savedRunsFormatOf } from './session';

const source = fixedSource(scenario);

/** The runs as the runtime reads them back; undefined when it starts afresh. */
function decodeRuns(from: ScenarioSource, data: unknown) {
  const decoded = decodeVersionedValue({ version: 1, data }, savedRunsFormatOf(from));
  return decoded.ok ? decoded.value : undefined;
}

describe('saved simulator runs', () => {
  it('round-trips a run half-way through', () => {
    let run = createSession(scenario, 'practice', 1234);
    for (let i = 0; i < 12; i += 1)
      run = applyAction(scenario, run, nextCorrectAction(scenario, run)!.action, 1000 + i).state;
    run = applyAction(scenario, run, { kind: 'click', target: 'save' }, 5000).state;
    const saved = { mode: 'practice' as const, runs: { practice: run } };
    const raw = JSON.parse(encodeVersioned(1, saved)) as { data: unknown };
    expect(decodeRuns(source, raw.data)).toEqual(saved);
  });

  it('drops a run that does not fit the scenario, keeping the others', () => {
    const good = createSession(scenario, 'test', 1);
    const decoded = decodeRuns(source, {
      mode: 'test',
      runs: { test: good, guided: { ...createSession(scenario, 'guided', 1), done: ['no-such-step'] }, practice: 'x' },
    });
    expect(decoded).toEqual({ mode: 'test', runs: { test: good } });
    expect(decodeRuns(source, { mode: 'fly', runs: {} })).toBeUndefined();
  });

  it('reads a run as version 1 saved it', () => {
    const saved =
      '{"version":1,"data":{"mode":"practice","runs":{"practice":{"scenarioId":"lien-ket-vneid","mode":"practice","seed":1234,"position":2,"done":["b1-home-login","b1-choose-cong"],"skipped":[],"fields":{"login-user":"0790"},"misses":{"b1-choose-cong":["Chưa đúng"]},"hints":["b1-choose-cong"],"openedAt":null,"startedAt":1000,"finishedAt":null}}}}';
    const decoded = decodeVersioned(saved, savedRunsFormatOf(source));
    expect(decoded).toMatchObject({ ok: true, dropped: [] });
    expect(decoded.ok && decoded.value.runs.practice).toMatchObject({
      seed: 1234,
      done: ['b1-home-login', 'b1-choose-cong'],
      fields: { 'login-user': '0790' },
    });
    expect(decodeVersioned(saved.replace('"version":1', '"version":2'), savedRunsFormatOf(source))).toEqual({
      ok: false,
      reason: 'unknown-version',
    });
  });

  it('refuses a run that cannot be, whatever the scenario: a negative position, a typed value that is not text', () => {
    const good = createSession(scenario, 'guided', 1);
    const read = (run: unknown) => decodeRuns(source, { mode: 'guided', runs: { guided: run } })?.runs.guided;
    expect(read(good)).toEqual(good);
    expect(read({ ...good, position: -1 })).toBeUndefined();
    expect(read({ ...good, seed: 1.5 })).toBeUndefined();
    expect(read({ ...good, fields: { cccd: 79 } })).toBeUndefined();
    expect(read({ ...good, startedAt: '2026-11-29' })).toBeUndefined();
    expect(read({ ...good, position: scenario.steps.length + 1 })).toBeUndefined();
    expect(read({ ...good, openedAt: 'no-such-step' })).toBeUndefined();
    // A Kiểm tra run saved where the Hướng dẫn run belongs.
    expect(read({ ...good, mode: 'test' })).toBeUndefined();
  });
});

describe('saved runs of a scenario that varies with the seed', () => {
  it('checks each run against its own variant', () => {
    // Two seeds whose stores differ on the diploma: an upload step exists in one variant only.
    const seeds = Array.from({ length: 50 }, (_, i) => i + 1);
    const withDiploma = seeds.find((seed) => drawVariant(seed).fitting.includes('van-bang'))!;
    const withoutDiploma = seeds.find((seed) => !drawVariant(seed).fitting.includes('van-bang'))!;
    const run = (seed: number) => ({
      ...createSession(varying.build('test', seed), 'test', seed),
      done: ['van-bang-attach'],
    });
    expect(decodeRuns(varying, { mode: 'test', runs: { test: run(withoutDiploma) } })?.runs.test?.seed).toBe(
      withoutDiploma,
    );
    expect(decodeRuns(varying, { mode: 'test', runs: { test: run(withDiploma) } })).toEqual({ mode: 'test', runs: {} });
  });
});

describe('a runtime kept in memory (a trainer’s live slide)', () => {
  it('opens at a guide step in the mode asked, and never writes to the browser’s storage', () => {
    const written: string[] = [];
    const storage = { getItem: () => null, setItem: (key: string) => written.push(key), removeItem: () => undefined };
    Object.assign(globalThis, { localStorage: storage, sessionStorage: storage });
    try {
      const runtime = createRuntime(source, () => 1000, { runs: 'memory' });
      expect(runtime.openAt('p1-b3', 'demo')).toBe(true);
      expect(runtime.$mode.get()).toBe('demo');
      expect(currentSteps(scenario, runtime.$run.get())[0]?.guideStep).toBe('p1-b3');
      // A full run in Hướng dẫn, which on a learner's simulator would be saved and recorded.
      runtime.setMode('guided');
      for (let next = nextCorrectAction(scenario, runtime.$run.get()); next;) {
        runtime.dispatch(next.action);
        next = nextCorrectAction(scenario, runtime.$run.get());
      }
      expect(isFinished(scenario, runtime.$run.get())).toBe(true);
      expect(written).toEqual([]);
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
      Reflect.deleteProperty(globalThis, 'sessionStorage');
    }
  });
});

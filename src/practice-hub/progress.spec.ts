import { describe, expect, it } from 'vitest';
import { applyAction, createSession, nextCorrectAction } from '../simulator/engine/machine';
import { fixedSource } from '../simulator/engine/types';
import type { SimulatorResults } from '../simulator/results';
import { savedRunsFormatOf } from '../simulator/runtime/session';
import { scenario } from '../simulator/scenarios/lien-ket-vneid/scenario';
import { decodeVersioned } from '../storage/versioned-store';
import { runsInProgress, runsKey, withoutScenario } from './progress';

/** A saved run as runtime/session.ts writes it. */
function run(mode: string, overrides: Record<string, unknown> = {}) {
  return {
    scenarioId: 'lien-ket-vneid',
    mode,
    seed: 7,
    position: 3,
    done: ['s1', 's2', 's3'],
    skipped: [],
    fields: {},
    misses: {},
    hints: [],
    openedAt: null,
    startedAt: 1_700_000_000_000,
    finishedAt: null,
    ...overrides,
  };
}

const saved = (runs: Record<string, unknown>, version: unknown = 1) =>
  JSON.stringify({ version, data: { mode: 'guided', runs } });

describe('runsInProgress', () => {
  it('counts the done steps of a started, unfinished run, leaving out steps a branch skipped', () => {
    const raw = saved({ practice: run('practice', { done: ['s1', 's2', 's3', 's4'], skipped: ['s3'] }) });
    expect(runsInProgress(raw)).toEqual({ practice: 3 });
  });

  it('reports every tracked mode in progress, but never Xem minh họa', () => {
    const raw = saved({ demo: run('demo'), guided: run('guided'), test: run('test', { done: ['s1'] }) });
    expect(runsInProgress(raw)).toEqual({ guided: 3, test: 1 });
  });

  it('ignores finished runs and runs not yet started', () => {
    const raw = saved({
      guided: run('guided', { finishedAt: 1_700_000_100_000 }),
      practice: run('practice', { startedAt: null, done: [] }),
    });
    expect(runsInProgress(raw)).toEqual({});
  });

  it('treats nothing saved, garbage and broken runs as no progress', () => {
    expect(runsInProgress(null)).toEqual({});
    expect(runsInProgress('not json')).toEqual({});
    expect(runsInProgress('null')).toEqual({});
    expect(runsInProgress(JSON.stringify({ version: 1, data: 'runs' }))).toEqual({});
    expect(runsInProgress(JSON.stringify({ version: 1, data: { mode: 'guided', runs: null } }))).toEqual({});
    const raw = saved({
      guided: run('guided', { done: 'all' }),
      practice: run('test'),
      test: run('test', { startedAt: '2026' }),
    });
    expect(runsInProgress(raw)).toEqual({});
  });

  it('keeps a good run when another one is broken', () => {
    expect(runsInProgress(saved({ guided: 42, test: run('test') }))).toEqual({ test: 3 });
  });

  it('reads only the version it knows', () => {
    const runs = { guided: run('guided') };
    expect(runsInProgress(saved(runs, 2))).toEqual({});
    expect(runsInProgress(saved(runs, 0))).toEqual({});
    expect(runsInProgress(saved(runs, '1'))).toEqual({});
    expect(runsInProgress(saved(runs, 1))).toEqual({ guided: 3 });
  });
});

describe('runsInProgress reads runs as the simulator does', () => {
  it('counts a run the simulator would resume, and none it would refuse', () => {
    let run = createSession(scenario, 'practice', 5);
    for (let i = 0; i < 3; i += 1) run = applyAction(scenario, run, nextCorrectAction(scenario, run)!.action, i).state;
    const started = { ...run, startedAt: 1_700_000_000_000 };
    const variants: unknown[] = [
      started,
      { ...started, position: -1 },
      { ...started, fields: { 'login-user': 79 } },
      { ...started, misses: { 'b1-user': 'sai' } },
      { ...started, seed: 'x' },
      { ...started, mode: 'guided' },
      { ...started, startedAt: '2026-11-29T09:00:00+07:00' },
    ];
    const simulatorKeeps = (raw: string) => {
      const decoded = decodeVersioned(raw, savedRunsFormatOf(fixedSource(scenario)));
      return decoded.ok && decoded.value.runs.practice !== undefined;
    };
    const counted = variants.map((variant) => {
      const raw = saved({ practice: variant });
      expect(runsInProgress(raw).practice !== undefined).toBe(simulatorKeeps(raw));
      return runsInProgress(raw).practice;
    });
    expect(counted).toEqual([3, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('runsKey', () => {
  it('is the key the simulator saves its runs under', () => {
    expect(runsKey('lay-tu-kho')).toBe('dvc-phu-cat:simulator-runs:lay-tu-kho');
  });
});

describe('withoutScenario', () => {
  it('removes one scenario and keeps the others as they are', () => {
    const best = { bestScore: 90, maxScore: 100, passed: true, completedAt: '2026-11-28T10:00:00+07:00' };
    const results: SimulatorResults = {
      'lien-ket-vneid': { test: best },
      'lay-tu-kho': { practice: { ...best, passed: false } },
    };
    expect(withoutScenario(results, 'lien-ket-vneid')).toEqual({ 'lay-tu-kho': results['lay-tu-kho'] });
    expect(withoutScenario(results, 'unknown')).toEqual(results);
  });
});

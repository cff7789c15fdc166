// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { encodeVersioned } from '../../storage/versioned-store';
import { applyAction, createSession, nextCorrectAction } from '../engine/machine';
import { fixedSource } from '../engine/types';
import { drawVariant } from '../scenarios/lay-tu-kho/dossier';
import { source as varying } from '../scenarios/lay-tu-kho/scenario';
import { scenario } from '../scenarios/lien-ket-vneid/scenario';

const source = fixedSource(scenario);
import { decodeRuns } from './session';

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

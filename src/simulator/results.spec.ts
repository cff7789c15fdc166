import { describe, expect, it } from 'vitest';
import { decodeVersioned, encodeVersioned } from '../storage/versioned-store';
import { mergeAttempt, simulatorResultsFormat, type SimulatorResults } from './results';

const at = '2026-11-29T10:00:00+07:00';
const later = '2026-11-30T09:00:00+07:00';

describe('simulator results', () => {
  it('keeps the best score of a mode', () => {
    let results = mergeAttempt({}, 'lien-ket-vneid', 'test', {
      score: 60,
      maxScore: 100,
      passed: false,
      completedAt: at,
    });
    results = mergeAttempt(results, 'lien-ket-vneid', 'test', {
      score: 90,
      maxScore: 100,
      passed: true,
      completedAt: later,
    });
    results = mergeAttempt(results, 'lien-ket-vneid', 'test', {
      score: 70,
      maxScore: 100,
      passed: true,
      completedAt: later,
    });
    expect(results['lien-ket-vneid']?.test).toEqual({ bestScore: 90, maxScore: 100, passed: true, completedAt: later });
  });

  it('never loses a pass to a worse later attempt', () => {
    let results = mergeAttempt({}, 's', 'test', { score: 90, maxScore: 100, passed: true, completedAt: at });
    results = mergeAttempt(results, 's', 'test', { score: 95, maxScore: 100, passed: false, completedAt: later });
    expect(results['s']?.test?.passed).toBe(true);
  });

  it('only the test mode can pass; other modes leave test results alone', () => {
    let results = mergeAttempt({}, 's', 'test', { score: 40, maxScore: 100, passed: false, completedAt: at });
    results = mergeAttempt(results, 's', 'practice', { score: 100, maxScore: 100, passed: true, completedAt: later });
    expect(results['s']?.practice?.passed).toBe(false);
    expect(results['s']?.test).toEqual({ bestScore: 40, maxScore: 100, passed: false, completedAt: at });
  });

  it('reads back saved results and drops malformed entries', () => {
    const decoded = decodeResults({
      a: { test: { bestScore: 8, maxScore: 10, passed: true, completedAt: at }, guided: { bestScore: 'x' } },
      b: 'nonsense',
      c: { demo: { bestScore: 3, maxScore: 10, passed: true, completedAt: at } },
    });
    expect(decoded).toEqual({
      a: { test: { bestScore: 8, maxScore: 10, passed: true, completedAt: at } },
      c: { demo: { bestScore: 3, maxScore: 10, passed: false, completedAt: at } },
    });
  });
});

/** The results as the store reads them back; {} (the store's initial value) when nothing can be read. */
function decodeResults(data: unknown, version = 1): SimulatorResults {
  const decoded = decodeVersioned(encodeVersioned(version, data), simulatorResultsFormat);
  return decoded.ok ? decoded.value : {};
}

describe('saved simulator results', () => {
  it('read what version 1 saved, and round-trip', () => {
    const saved = `{"version":1,"data":{"lien-ket-vneid":{"test":{"bestScore":90,"maxScore":100,"passed":true,"completedAt":"${at}"},"practice":{"bestScore":70,"maxScore":100,"passed":false,"completedAt":"${later}"}},"lay-tu-kho":{"guided":{"bestScore":100,"maxScore":100,"passed":false,"completedAt":"${at}"}}}}`;
    const decoded = decodeVersioned(saved, simulatorResultsFormat);
    expect(decoded).toMatchObject({ ok: true, dropped: [] });
    const results = (decoded as { value: SimulatorResults }).value;
    expect(results['lien-ket-vneid']?.test?.passed).toBe(true);
    expect(decodeResults(results)).toEqual(results);
  });

  it('refuse a score that cannot be: negative, above the maximum, not a number', () => {
    const result = { bestScore: 8, maxScore: 10, passed: true, completedAt: at };
    expect(decodeResults({ s: { test: { ...result, bestScore: -5 } } })).toEqual({ s: {} });
    expect(decodeResults({ s: { test: { ...result, bestScore: 11 } } })).toEqual({ s: {} });
    expect(decodeResults({ s: { test: { ...result, maxScore: '10' } } })).toEqual({ s: {} });
    expect(decodeResults({ s: { test: { ...result, completedAt: 2026 } } })).toEqual({ s: {} });
  });

  it('drop modes they do not know, and fall back to none for garbage or an unknown version', () => {
    const result = { bestScore: 8, maxScore: 10, passed: false, completedAt: at };
    expect(decodeResults({ s: { practice: result, exam: result } })).toEqual({ s: { practice: result } });
    expect(decodeResults('results')).toEqual({});
    expect(decodeResults({ s: { practice: result } }, 2)).toEqual({});
  });
});

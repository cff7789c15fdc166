/**
 * Files the site has already handed out must keep loading. Each fixture is a file as the writer of its
 * time produced it (write.ts has not changed since the first release; what changed is what the page
 * put in it), with the contentVersion the site had then:
 * - simulators-not-yet-available: the first release, when the catalogue was empty, so both planned
 *   simulators say `available: false`; a profile and nothing answered (every nullable field null).
 * - first-simulator-available: after the Phụ lục 1 simulator shipped (02a6fe2): its test result is
 *   recorded, Lấy từ kho is still `available: false`; answers of every kind, a failed quiz.
 * - both-simulators-available: since the Lấy từ kho simulator (6d42a51): both results, a passed quiz.
 * Never regenerate these: they stand for files people already exported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResultFile } from '.';
import { organisation } from '../organisation';

const fixtures = new URL('./fixtures/', import.meta.url);
const names = readdirSync(fixtures).filter((name) => name.endsWith('.json'));
/** After every fixture's export time, so none has a date in the future. */
const now = new Date('2026-12-02T12:00:00+07:00');

describe('result files exported by earlier versions of the site', () => {
  it('are all here', () => {
    expect(names.sort()).toEqual([
      'both-simulators-available.json',
      'first-simulator-available.json',
      'simulators-not-yet-available.json',
    ]);
  });

  it.each(names)('%s still loads, with the content it was written with', (name) => {
    const text = readFileSync(new URL(name, fixtures), 'utf8');
    const result = parseResultFile(text, { fileName: name, organisation, now });
    if (!result.ok) throw new Error(result.message);
    const { checksum, ...content } = JSON.parse(text) as Record<string, unknown> & { checksum: { value: string } };
    expect(result.content).toEqual(content);
    expect(result.checksum).toBe(checksum.value);
  });
});

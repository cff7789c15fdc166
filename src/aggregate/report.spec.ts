import { describe, expect, it } from 'vitest';
import { SAMPLE_NOW } from '../result-file/test-fixtures';
import { checkFile, foldPeople, type AcceptedFile } from './ingest';
import { buildReport } from './report';
import { handSetFiles, TEST_CONFIG } from './test-fixtures';

function handSet() {
  const accepted: AcceptedFile[] = handSetFiles().map(({ text, fileName }) => {
    const checked = checkFile(fileName, text, TEST_CONFIG, SAMPLE_NOW);
    if (!checked.ok) throw new Error(checked.file.message);
    return checked.file;
  });
  const folded = foldPeople(accepted, TEST_CONFIG.year);
  return { folded, report: buildReport(folded.people, TEST_CONFIG, null) };
}

describe('the report on the hand-checked set', () => {
  const { report } = handSet();
  const [noi, tram, tchc] = report.units;

  it('lists units in the settings order, with replies against the headcount', () => {
    expect(report.units.map((u) => u.unitId)).toEqual(['khoa-noi', 'tram-cat-hanh', 'phong-tchc']);
    expect([noi!.respondents, noi!.expected, noi!.expectedSource]).toEqual([3, 4, 'headcount']);
    expect([tram!.respondents, tram!.expected]).toEqual([3, 3]);
    // No headcount and no reply: nothing to count, not 100%.
    expect([tchc!.respondents, tchc!.expected, tchc!.expectedSource]).toEqual([0, 0, 'replies']);
    expect(tchc!.onlineServicesAndPayment).toMatchObject({ done: 0, of: 0, percent: null, met: false });
  });

  it('counts "Không áp dụng" out of an item’s denominator and no answer in it', () => {
    // Khoa Nội: An done everything; Bình done/not/done/N-A/not; Cường N-A/N-A/–/–/N-A.
    expect(noi!.items).toEqual({
      'vneid-muc-2': { done: 2, of: 2 },
      'lien-ket-dvcqg': { done: 1, of: 2 },
      'nop-ho-so-truc-tuyen': { done: 2, of: 3 },
      'thanh-toan-truc-tuyen': { done: 1, of: 2 },
      'lay-tu-kho': { done: 1, of: 2 },
    });
  });

  it('measures targets 1 and 2 against the staff, not the replies', () => {
    // Req. 1: An and Bình (payment does not apply to her) meet it; Cường has not answered: 2 of 4 staff.
    expect(noi!.onlineServicesAndPayment).toMatchObject({ done: 2, of: 4, percent: 50, met: false, target: 100 });
    // Req. 2: only An; Bình has not linked; for Cường neither item applies, so 1 of 4 − 1 = 3.
    expect(noi!.vneidLevel2.done).toBe(1);
    expect(noi!.vneidLevel2.of).toBe(3);
    expect(noi!.vneidLevel2.percent).toBeCloseTo(33.33, 2);
    expect(tram!.onlineServicesAndPayment).toMatchObject({ done: 3, of: 3, percent: 100, met: true });
    expect(tram!.vneidLevel2).toMatchObject({ done: 3, of: 3, met: true });
  });

  it('computes reuse as the KPI does: reused dossiers ÷ dossiers submitted', () => {
    // Khoa Nội: (3 + 0) ÷ (4 + 2), Cường's unknown counts add nothing.
    expect(noi!.digitisedReuse).toMatchObject({
      done: 3,
      of: 6,
      percent: 50,
      met: false,
      peopleReused: { done: 1, of: 3 },
    });
    // Trạm: Dũng's newest file 4 of 5, the two Em 1 of 1 each: 6 ÷ 7.
    expect(tram!.digitisedReuse).toMatchObject({ done: 6, of: 7, met: true, peopleReused: { done: 3, of: 3 } });
    expect(tram!.digitisedReuse.percent).toBeCloseTo(85.71, 2);
  });

  it('summarises the quiz and simulators', () => {
    // 14/16 = 87.5 % (passed at 80 %), 10/16 = 62.5 % (not passed): average 75.
    expect(noi!.quiz).toEqual({ passed: { done: 1, of: 3 }, taken: 2, averagePercent: 75 });
    expect(tram!.quiz).toEqual({ passed: { done: 1, of: 3 }, taken: 1, averagePercent: 100 });
    expect(noi!.simulators['lien-ket-vneid']).toEqual({ done: 0, of: 3, available: false });
  });

  it('adds up a total row over all units', () => {
    const total = report.total;
    expect([total.respondents, total.expected]).toEqual([6, 7]);
    expect(total.onlineServicesAndPayment).toMatchObject({ done: 5, of: 7, met: false });
    expect(total.vneidLevel2).toMatchObject({ done: 4, of: 6, met: false });
    expect(total.digitisedReuse).toMatchObject({ done: 9, of: 13, met: true, peopleReused: { done: 4, of: 6 } });
    expect(total.items['vneid-muc-2']).toEqual({ done: 5, of: 5 });
  });

  it('lists who is missing each item, by unit, sorted by given name', () => {
    const linking = report.missing.find((list) => list.id === 'lien-ket-dvcqg')!;
    expect(linking.total).toBe(1);
    expect(linking.byUnit).toEqual([
      {
        unitId: 'khoa-noi',
        unitName: 'Khoa Nội tổng hợp',
        people: [{ name: 'Trần Thị Bình', staffCode: null, answer: 'not-done' }],
      },
    ]);
    const submitting = report.missing.find((list) => list.id === 'nop-ho-so-truc-tuyen')!;
    expect(submitting.byUnit[0]!.people).toEqual([{ name: 'Lê Văn Cường', staffCode: null, answer: 'unanswered' }]);
    const quiz = report.missing.find((list) => list.kind === 'quiz')!;
    // Bình failed, Cường never took it: sorted by tên (Bình before Cường). In the trạm the two Em never
    // took it; equal under the collator, they fall back to an exact comparison so the order is stable.
    expect(quiz.byUnit.map((u) => u.people.map((p) => p.name))).toEqual([
      ['Trần Thị Bình', 'Lê Văn Cường'],
      ['Hoàng  Thị Em', 'Hoàng Thị Em'],
    ]);
  });

  it('measures against the roster when one is loaded, and names who has not sent a file', () => {
    const { folded } = handSet();
    const roster = [
      { name: 'Nguyễn Văn An', unitId: 'khoa-noi', staffCode: null },
      { name: 'Trần Thị Bình', unitId: 'khoa-noi', staffCode: null },
      { name: 'Lê Văn Cường', unitId: 'khoa-noi', staffCode: null },
      { name: 'Võ Thị Giang', unitId: 'khoa-noi', staffCode: null },
      { name: 'Đặng Văn Hải', unitId: 'khoa-noi', staffCode: null },
      { name: 'Phạm Văn Dũng', unitId: 'tram-cat-hanh', staffCode: 'TCH 01' },
    ];
    const withRoster = buildReport(folded.people, TEST_CONFIG, roster);
    expect(withRoster.units[0]).toMatchObject({ respondents: 3, expected: 5, expectedSource: 'roster' });
    // The trạm's roster lists one person but three replied: never fewer staff than replies.
    expect(withRoster.units[1]).toMatchObject({ respondents: 3, expected: 3, expectedSource: 'roster' });
    expect(withRoster.notSent).toEqual([
      {
        unitId: 'khoa-noi',
        unitName: 'Khoa Nội tổng hợp',
        people: [
          { name: 'Võ Thị Giang', unitId: 'khoa-noi', staffCode: null },
          { name: 'Đặng Văn Hải', unitId: 'khoa-noi', staffCode: null },
        ],
      },
    ]);
    expect(withRoster.notSentTotal).toBe(2);
    expect(withRoster.notOnRoster.map((p) => p.file.content.person.name)).toEqual(['Hoàng Thị Em', 'Hoàng  Thị Em']);
  });
});

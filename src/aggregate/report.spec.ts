import { describe, expect, it } from 'vitest';
import { SAMPLE_NOW } from '../result-file/test-fixtures';
import { checkFile, foldPeople, type AcceptedFile } from './ingest';
import { buildReport, quizState, simulatorState } from './report';
import { rosterEntryKey } from './roster';
import { testStateText } from './strings';
import { handSetFiles, TEST_CONFIG } from './test-fixtures';

function handSet() {
  const accepted: AcceptedFile[] = handSetFiles().map(({ text, fileName }) => {
    const checked = checkFile(fileName, text, TEST_CONFIG, SAMPLE_NOW);
    if (!checked.ok) throw new Error(checked.file.message);
    return checked.file;
  });
  // The office looked at Dũng's two ids (same staff code, same name: a new phone) and chose "merge".
  const undecided = foldPeople(accepted, TEST_CONFIG.year);
  const dung = undecided.review.find((c) => c.reasons.includes('staff-code'))!;
  const folded = foldPeople(accepted, TEST_CONFIG.year, { [dung.key]: 'merge' });
  return { accepted, undecided, folded, report: buildReport(folded.people, TEST_CONFIG, null) };
}

const ROSTER = [
  { name: 'Nguyễn Văn An', unitId: 'khoa-noi', staffCode: null },
  { name: 'Trần Thị Bình', unitId: 'khoa-noi', staffCode: null },
  { name: 'Lê Văn Cường', unitId: 'khoa-noi', staffCode: null },
  { name: 'Võ Thị Giang', unitId: 'khoa-noi', staffCode: null },
  { name: 'Đặng Văn Hải', unitId: 'khoa-noi', staffCode: null },
  { name: 'Phạm Văn Dũng', unitId: 'tram-cat-hanh', staffCode: 'TCH 01' },
];

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
    const withRoster = buildReport(folded.people, TEST_CONFIG, ROSTER);
    expect(withRoster.units[0]).toMatchObject({ respondents: 3, offRoster: 0, expected: 5, expectedSource: 'roster' });
    // The trạm's roster lists only Dũng: the two Em replied but are not on it. They are listed apart and
    // never fill a place: 1 of 1, not 3 of 3.
    expect(withRoster.units[1]).toMatchObject({ respondents: 1, offRoster: 2, expected: 1, expectedSource: 'roster' });
    expect(withRoster.units[1]!.onlineServicesAndPayment).toMatchObject({ done: 1, of: 1 });
    // A unit the roster does not list has no one to count: no figure, not the settings' guess.
    expect(withRoster.units[2]).toMatchObject({ respondents: 0, expected: 0, expectedSource: 'roster' });
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
    expect(withRoster.notOnRoster.map((p) => p.file.content.person.name)).toEqual(['Hoàng  Thị Em', 'Hoàng Thị Em']);
    expect(withRoster.total).toMatchObject({ respondents: 4, expected: 6, offRoster: 2 });
  });

  it('never lets an off-roster reply fill the place of someone who has not sent (issue: Trạm Cát Tân)', () => {
    const { folded } = handSet();
    // Long is on the roster and has not sent; Em (not on the roster) replied, with everything done.
    const roster = [{ name: 'Bùi Đức Long', unitId: 'tram-cat-hanh', staffCode: null }];
    const em = folded.people.filter((p) => p.file.content.person.name === 'Hoàng Thị Em');
    const report = buildReport(em, TEST_CONFIG, roster);
    expect(report.units[1]).toMatchObject({ respondents: 0, expected: 1, offRoster: 1 });
    expect(report.units[1]!.onlineServicesAndPayment).toMatchObject({ done: 0, of: 1, percent: 0, met: false });
    expect(report.notSent![0]!.people.map((p) => p.name)).toEqual(['Bùi Đức Long']);
    expect(report.unmatchedRoster.get('tram-cat-hanh')!.map((p) => p.name)).toEqual(['Bùi Đức Long']);
  });

  it('counts an off-roster reply once the office adds it to the roster or matches it to a name', () => {
    const { folded } = handSet();
    const roster = [{ name: 'Bùi Đức Long', unitId: 'tram-cat-hanh', staffCode: null }];
    const em = folded.people.find((p) => p.file.content.person.name === 'Hoàng Thị Em')!;
    const added = buildReport([em], TEST_CONFIG, roster, { [em.key]: 'add' });
    expect(added.units[1]).toMatchObject({ respondents: 1, expected: 2, offRoster: 0 });
    expect(added.notOnRoster).toEqual([]);
    const matched = buildReport([em], TEST_CONFIG, roster, { [em.key]: rosterEntryKey(roster[0]!) });
    expect(matched.units[1]).toMatchObject({ respondents: 1, expected: 1, offRoster: 0 });
    expect(matched.notSent).toEqual([]);
  });

  it('fills each roster place once: a second reply with the same name is off the roster', () => {
    const { folded } = handSet();
    const roster = [{ name: 'Hoàng Thị Em', unitId: 'tram-cat-hanh', staffCode: null }];
    const report = buildReport(folded.people, TEST_CONFIG, roster);
    expect(report.units[1]).toMatchObject({ respondents: 1, expected: 1 });
    expect(report.notOnRoster.map((p) => p.file.content.person.name)).toContain('Phạm Văn Dũng');
    expect(report.notOnRoster.filter((p) => p.file.content.person.name.includes('Em'))).toHaveLength(1);
  });

  it('lists every "Không áp dụng" with its reason, per item, and counts them beside the denominators', () => {
    const na = report.notApplicable.find((list) => list.id === 'vneid-muc-2')!;
    expect(na.total).toBe(1);
    expect(na.byUnit).toEqual([
      {
        unitId: 'khoa-noi',
        unitName: 'Khoa Nội tổng hợp',
        people: [{ name: 'Lê Văn Cường', staffCode: null, reason: 'Không có thủ tục cần làm' }],
      },
    ]);
    expect(noi!.notApplicable).toEqual({
      'vneid-muc-2': 1,
      'lien-ket-dvcqg': 1,
      'nop-ho-so-truc-tuyen': 0,
      'thanh-toan-truc-tuyen': 1,
      'lay-tu-kho': 1,
    });
  });

  it('tells a failed quiz from one not taken', () => {
    const quiz = report.missing.find((list) => list.kind === 'quiz')!;
    const noiQuiz = quiz.byUnit[0]!.people;
    expect(noiQuiz.map((p) => [p.name, p.answer, p.test])).toEqual([
      ['Trần Thị Bình', 'failed', { kind: 'failed', score: 10, maxScore: 16 }],
      ['Lê Văn Cường', 'not-done', { kind: 'not-taken' }],
    ]);
    expect(
      testStateText(quizState({ bestScore: 6, maxScore: 10, passPercent: 80, passed: false, completedAt: '' })),
    ).toBe('Chưa đạt 6/10');
    expect(
      testStateText(quizState({ bestScore: 9, maxScore: 10, passPercent: 80, passed: true, completedAt: '' })),
    ).toBe('Đạt 9/10');
    expect(testStateText(quizState(null))).toBe('Chưa làm');
    expect(testStateText(simulatorState({ id: 'x', available: true, test: null }))).toBe('Chưa làm');
    expect(testStateText(simulatorState({ id: 'x', available: false, test: null }))).toBe('Chưa có mô phỏng');
  });

  it('counts two people who share a staff code apart until someone decides (issue: Nhung and “Trùng Mã”)', () => {
    const { undecided } = handSet();
    const undecidedReport = buildReport(undecided.people, TEST_CONFIG, null);
    // Dũng's two ids count as two replies in the trạm until the office merges them.
    expect(undecidedReport.units[1]!.respondents).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeVersioned, encodeVersioned } from '../storage/versioned-store';
import {
  checklistFormat,
  exportFormat,
  initialChecklist,
  initialProfile,
  initialQuiz,
  profileFormat,
  quizFormat,
  type ChecklistState,
  type ExportRecord,
  type ProfileState,
  type QuizState,
} from './state';

const at = '2026-11-29T09:00:00+07:00';

/** What a visit saved, as the text localStorage holds: the format people have on their machines now. */
const savedProfile = `{"version":1,"data":{"noticeAcceptedAt":"${at}","personId":"0f8fad5b-d9cb-469f-a165-70867728950e","name":"Nguyễn Văn Mẫu","unitId":"khoa-noi","staffCode":"NV-012","updatedAt":"${at}"}}`;
const savedChecklist = `{"version":1,"data":{"items":{"vneid-muc-2":{"answer":"done","date":"05/03/2024","reason":"","answeredAt":"${at}"},"lay-tu-kho":{"answer":"not-done","date":"","reason":"Chưa có hồ sơ","answeredAt":"${at}"}},"submittedOnline":"3","reusedDigitised":"","note":"","updatedAt":"${at}"}}`;
const savedQuiz = `{"version":1,"data":{"attempt":{"questionIds":["q1","q2"],"optionOrder":{"q1":["b","a"],"q2":["a","c","b"]},"chosen":{"q1":["b"],"q2":[]},"answered":["q1"],"index":1,"startedAt":"${at}","finishedAt":null},"best":{"bestScore":8,"maxScore":10,"passPercent":80,"passed":true,"completedAt":"${at}"},"updatedAt":"${at}"}}`;
const savedExport = `{"version":1,"data":{"fileName":"ket-qua_khoa-noi_nguyen-van-mau_2026-11-29.json","exportedAt":"${at}","checksum":"ab12"}}`;

const profile = (raw: string) => decodeVersioned(raw, profileFormat);
const checklist = (raw: string) => decodeVersioned(raw, checklistFormat);
const quiz = (raw: string) => decodeVersioned(raw, quizFormat);
const lastExport = (raw: string) => decodeVersioned(raw, exportFormat);
const v1 = (data: unknown) => encodeVersioned(1, data);

describe('the saved profile', () => {
  it('reads what version 1 saved, and round-trips', () => {
    const read = profile(savedProfile);
    expect(read).toMatchObject({ ok: true, dropped: [] });
    const value = (read as { value: ProfileState }).value;
    expect(value.name).toBe('Nguyễn Văn Mẫu');
    expect(profile(v1(value))).toEqual({ ok: true, value, dropped: [] });
  });

  it('keeps what it can of a damaged profile, field by field', () => {
    expect(profile(v1({ name: 'Mẫu', unitId: 7, personId: 12 }))).toMatchObject({
      ok: true,
      value: { ...initialProfile, name: 'Mẫu', unitId: '', personId: null },
      dropped: [{ path: ['unitId'] }, { path: ['personId'] }],
    });
  });

  it('falls back to nothing for garbage or a version it does not know', () => {
    expect(profile('[1,2]')).toMatchObject({ ok: false });
    expect(profile(encodeVersioned(2, {}))).toEqual({ ok: false, reason: 'unknown-version' });
  });
});

describe('the saved checklist', () => {
  it('reads what version 1 saved, and round-trips', () => {
    const read = checklist(savedChecklist);
    expect(read).toMatchObject({ ok: true, dropped: [] });
    const value = (read as { value: ChecklistState }).value;
    expect(value.items['lay-tu-kho']?.reason).toBe('Chưa có hồ sơ');
    expect(checklist(v1(value))).toEqual({ ok: true, value, dropped: [] });
  });

  it('refuses an answer that is not one of the three, keeping the rest of the item', () => {
    expect(checklist(v1({ items: { a: { answer: 'maybe', date: '1/1/2024' } }, note: 'ghi chú' }))).toMatchObject({
      ok: true,
      value: {
        ...initialChecklist,
        items: { a: { answer: null, date: '1/1/2024', reason: '', answeredAt: null } },
        note: 'ghi chú',
      },
    });
    expect(checklist(v1({ items: 'all done', submittedOnline: 4 }))).toMatchObject({
      ok: true,
      value: initialChecklist,
    });
  });

  it('falls back to nothing for garbage or a version it does not know', () => {
    expect(checklist('nonsense')).toMatchObject({ ok: false });
    expect(checklist(encodeVersioned(2, {}))).toEqual({ ok: false, reason: 'unknown-version' });
  });
});

describe('the saved quiz', () => {
  it('reads what version 1 saved, and round-trips', () => {
    const read = quiz(savedQuiz);
    expect(read).toMatchObject({ ok: true, dropped: [] });
    const value = (read as { value: QuizState }).value;
    expect(value.best?.bestScore).toBe(8);
    expect(value.attempt?.chosen).toEqual({ q1: ['b'], q2: [] });
    expect(quiz(v1(value))).toEqual({ ok: true, value, dropped: [] });
  });

  it('refuses a best result that cannot be: a negative or too high score, no maximum, a pass mark over 100', () => {
    const best = { bestScore: 8, maxScore: 10, passPercent: 80, passed: true, completedAt: at };
    const bestOf = (raw: string) => (quiz(raw) as { value?: QuizState }).value?.best;
    expect(bestOf(v1({ best }))).toEqual(best);
    expect(bestOf(v1({ best: { ...best, bestScore: -1 } }))).toBeNull();
    expect(bestOf(v1({ best: { ...best, bestScore: 11 } }))).toBeNull();
    expect(bestOf(v1({ best: { ...best, bestScore: 0, maxScore: 0 } }))).toBeNull();
    expect(bestOf(v1({ best: { ...best, passPercent: 120 } }))).toBeNull();
    expect(bestOf(v1({ best: { ...best, bestScore: 7.5 } }))).toBeNull();
    expect(bestOf(v1({ best: { ...best, passed: 'yes' } }))).toBeNull();
  });

  it('keeps an attempt’s parts in step with its questions', () => {
    const attempt = {
      questionIds: ['q1', 'q2', 7],
      optionOrder: { q1: ['a', 'b'], gone: ['x'] },
      chosen: { q2: ['c', 3] },
      answered: ['q1', 'gone'],
      index: 5,
      startedAt: at,
      finishedAt: null,
    };
    expect((quiz(v1({ attempt })) as { value?: QuizState }).value?.attempt).toEqual({
      questionIds: ['q1', 'q2'],
      optionOrder: { q1: ['a', 'b'], q2: [] },
      chosen: { q1: [], q2: ['c'] },
      answered: ['q1'],
      // Not finished, so it cannot be showing the result: it is on the last question.
      index: 1,
      startedAt: at,
      finishedAt: null,
    });
    expect((quiz(v1({ attempt: { ...attempt, questionIds: [] } })) as { value?: QuizState }).value).toEqual(
      initialQuiz,
    );
  });

  it('falls back to nothing for garbage or a version it does not know', () => {
    expect(quiz('null')).toMatchObject({ ok: false });
    expect(quiz(encodeVersioned(2, {}))).toEqual({ ok: false, reason: 'unknown-version' });
  });
});

describe('the last export', () => {
  it('reads what version 1 saved, nothing exported yet, and round-trips', () => {
    const read = lastExport(savedExport);
    expect(read).toMatchObject({ ok: true, dropped: [] });
    const value = (read as { value: ExportRecord }).value;
    expect(lastExport(v1(value))).toEqual({ ok: true, value, dropped: [] });
    expect(lastExport(v1(null))).toEqual({ ok: true, value: null, dropped: [] });
  });

  it('refuses a record with a field of the wrong kind, and garbage', () => {
    expect(lastExport(v1({ fileName: 'a.json', exportedAt: at, checksum: 12 }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(lastExport(encodeVersioned(2, null))).toEqual({ ok: false, reason: 'unknown-version' });
  });
});

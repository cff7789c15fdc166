import { describe, expect, it } from 'vitest';
import { parseResultFile, writeResultFile } from '../result-file';
import { persona } from '../simulator/portals/persona';
import type { SimulatorResults } from '../simulator/results';
import { buildAssessmentContent } from './content';
import {
  allProblems,
  dateProblem,
  dossierCounts,
  fieldIds,
  parseCount,
  personalNumberMessage,
  withoutPersonalNumbers,
} from './form';
import { answerCurrent, attemptFits, betterResult, choose, goToNext, isCorrect, scoreOf, startAttempt } from './quiz';
import { newPersonId, randomInt, shuffled } from './random';
import {
  emptyAnswer,
  hasProgress,
  initialChecklist,
  initialProfile,
  initialQuiz,
  lastUpdated,
  type ChecklistState,
  type ProfileState,
  type QuizState,
} from './state';
import { computeSummary } from './summary';
import { buildDraft, restoreFromFile } from './transfer';
import type { AssessmentContent } from './types';

const content: AssessmentContent = buildAssessmentContent();
const now = new Date('2026-11-29T09:00:00+07:00');
const PERSON = '00000000-0000-4000-8000-00000000abcd';

/** A deterministic byte source, so shuffles in tests are repeatable. */
function seeded(seed = 1) {
  let state = seed;
  return (count: number) =>
    Uint8Array.from({ length: count }, () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
}

const profile = (patch: Partial<ProfileState> = {}): ProfileState => ({
  ...initialProfile,
  noticeAcceptedAt: '2026-11-29T08:00:00+07:00',
  personId: PERSON,
  name: 'Nguyễn Văn Mẫu',
  unitId: 'khoa-noi',
  ...patch,
});

function checklist(patch: Partial<ChecklistState> = {}): ChecklistState {
  return {
    ...initialChecklist,
    items: {
      'vneid-muc-2': { answer: 'done', date: '05/03/2024', reason: '', answeredAt: '2026-11-29T08:10:00+07:00' },
      'lien-ket-dvcqg': { answer: 'not-done', date: '', reason: '', answeredAt: '2026-11-29T08:11:00+07:00' },
      'nop-ho-so-truc-tuyen': { answer: 'done', date: '', reason: '', answeredAt: '2026-11-29T08:12:00+07:00' },
      'thanh-toan-truc-tuyen': {
        answer: 'not-applicable',
        date: '',
        reason: 'Thủ tục của tôi không có phí',
        answeredAt: '2026-11-29T08:13:00+07:00',
      },
    },
    submittedOnline: '3',
    reusedDigitised: '',
    note: '',
    updatedAt: '2026-11-29T08:13:00+07:00',
    ...patch,
  };
}

describe('random values without secure-context APIs', () => {
  it('makes version 4 UUIDs that the result file accepts', () => {
    const id = newPersonId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newPersonId()).not.toBe(id);
  });

  it('falls back to Math.random where crypto is missing', async () => {
    const saved = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      const { randomBytes } = await import('./random');
      expect(randomBytes(4)).toHaveLength(4);
      expect(newPersonId()).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: saved, configurable: true });
    }
  });

  it('shuffles without losing or repeating items, and draws in range', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, seeded()).sort((a, b) => a - b)).toEqual(items);
    for (let i = 0; i < 100; i++) expect(randomInt(7)).toBeLessThan(7);
  });
});

describe('field checks', () => {
  it('reads typed days and refuses future or malformed ones', () => {
    expect(dateProblem('', now)).toBeUndefined();
    expect(dateProblem('5/3/2024', now)).toBeUndefined();
    expect(dateProblem('30/11/2026', now)).toMatch(/tương lai.*29\/11\/2026/);
    expect(dateProblem('31/02/2024', now)).toMatch(/ngày\/tháng\/năm/);
    expect(dateProblem('1/1/1999', now)).toMatch(/2000/);
  });

  it('reads counts', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount(' 3 ')).toBe(3);
    expect(parseCount('2,5')).toBe('invalid');
    expect(parseCount('-1')).toBe('invalid');
    expect(parseCount('10000')).toBe(10_000);
    // Too big is said as such, however many digits: nothing is cut to fit.
    for (const typed of ['10001', '999999', '12345678']) expect(parseCount(typed)).toBe('too-big');
  });

  it('says a count is too big rather than not a number', () => {
    const done = checklist();
    const submitItem = content.checklist.find((item) => item.count === 'submittedOnline')!;
    done.items[submitItem.id] = { ...done.items[submitItem.id]!, answer: 'done' };
    done.submittedOnline = '999999';
    const problem = allProblems(content, profile(), done, now).find((p) => p.field === fieldIds.submittedOnline);
    expect(problem?.message).toBe('Số quá lớn (tối đa 10.000 hồ sơ).');
  });

  it('cuts personal numbers out of text and keeps the rest', () => {
    expect(withoutPersonalNumbers('Liên hệ 0905 123 456 để hỏi')).toBe('Liên hệ để hỏi');
    expect(withoutPersonalNumbers(persona.idNumber)).toBe('');
    expect(withoutPersonalNumbers('Nộp 3 hồ sơ ngày 05.03.2024')).toBe('Nộp 3 hồ sơ ngày 05.03.2024');
    expect(withoutPersonalNumbers('gọi +84 905 123 456')).toBe('gọi ');
  });

  it('explains why a personal number is refused', () => {
    expect(personalNumberMessage('0900 000 000')).toMatch(/điện thoại.*Luật Bảo vệ dữ liệu cá nhân số 91\/2025\/QH15/);
    expect(personalNumberMessage('052099000111')).toMatch(/CCCD/);
    expect(personalNumberMessage('Khoa Nội')).toBeUndefined();
  });

  it('finds nothing wrong in a consistent state', () => {
    expect(allProblems(content, profile(), checklist(), now)).toEqual([]);
  });

  it('names the field of each problem', () => {
    const fields = (p: ProfileState, c: ChecklistState) =>
      allProblems(content, p, c, now).map((problem) => problem.field);
    expect(fields(profile({ name: ' ', unitId: 'khoa-khong-co' }), checklist())).toEqual([
      fieldIds.name,
      fieldIds.unit,
    ]);
    expect(fields(profile({ staffCode: '052099000111' }), checklist())).toEqual([fieldIds.staffCode]);
    const bad = checklist();
    bad.items['thanh-toan-truc-tuyen'] = { ...bad.items['thanh-toan-truc-tuyen']!, reason: '' };
    bad.items['vneid-muc-2'] = { ...bad.items['vneid-muc-2']!, date: '40/1/2024' };
    expect(fields(profile(), bad)).toEqual([fieldIds.date('vneid-muc-2'), fieldIds.reason('thanh-toan-truc-tuyen')]);
    expect(fields(profile(), checklist({ submittedOnline: '' }))).toEqual([fieldIds.submittedOnline]);
    expect(fields(profile(), checklist({ submittedOnline: '0' }))).toEqual([fieldIds.submittedOnline]);
    expect(fields(profile(), checklist({ note: 'gọi 0900000000' }))).toEqual([fieldIds.note]);
  });

  it('lists problems in page order, each with a label that says which item', () => {
    const state = checklist({ submittedOnline: '' });
    state.items['vneid-muc-2'] = { ...state.items['vneid-muc-2']!, date: '40/1/2024' };
    state.items['thanh-toan-truc-tuyen'] = { ...state.items['thanh-toan-truc-tuyen']!, reason: '' };
    expect(allProblems(content, profile(), state, now).map((problem) => problem.label)).toEqual([
      'Việc 1 – Ngày làm',
      'Việc 3 – Số hồ sơ',
      'Việc 4 – Lý do không áp dụng',
    ]);
  });

  it('refuses more reused dossiers than submitted ones, and a reuse without a submission', () => {
    const reused = checklist({ reusedDigitised: '4' });
    reused.items['lay-tu-kho'] = { answer: 'done', date: '', reason: '', answeredAt: null };
    expect(allProblems(content, profile(), reused, now).map((p) => p.message)).toEqual([
      expect.stringMatching(/lớn hơn số hồ sơ.*\(3\)/),
    ]);
    reused.items['nop-ho-so-truc-tuyen'] = { answer: 'not-done', date: '', reason: '', answeredAt: null };
    expect(allProblems(content, profile(), reused, now).map((p) => p.message)).toEqual([
      expect.stringMatching(/nộp hồ sơ trực tuyến/),
    ]);
  });

  it('derives the counts the KPI needs: typed when done, 0 when not, unknown when unanswered', () => {
    expect(dossierCounts(content, checklist())).toEqual({ submittedOnline: 3, reusedDigitised: null });
    const none = checklist();
    none.items['lay-tu-kho'] = { answer: 'not-done', date: '', reason: '', answeredAt: null };
    expect(dossierCounts(content, none)).toEqual({ submittedOnline: 3, reusedDigitised: 0 });
  });
});

describe('the quiz', () => {
  const quiz = content.quiz;

  it('draws the configured number of questions, options shuffled', () => {
    const attempt = startAttempt(quiz, now, seeded(7));
    expect(attempt.questionIds).toHaveLength(quiz.questionsPerAttempt);
    expect(new Set(attempt.questionIds).size).toBe(quiz.questionsPerAttempt);
    expect(attemptFits(attempt, quiz)).toBe(true);
    expect(startAttempt(quiz, now, seeded(8)).questionIds).not.toEqual(attempt.questionIds);
  });

  it('notices a saved attempt that no longer fits edited questions', () => {
    const attempt = startAttempt(quiz, now, seeded(7));
    const edited = { ...quiz, questions: quiz.questions.filter((q) => q.id !== attempt.questionIds[0]) };
    expect(attemptFits(attempt, edited)).toBe(false);
  });

  it('marks single and multiple choice all-or-nothing', () => {
    const multiple = quiz.questions.find((q) => q.kind === 'multiple')!;
    const right = multiple.options.filter((o) => o.correct).map((o) => o.id);
    expect(isCorrect(multiple, right)).toBe(true);
    expect(isCorrect(multiple, right.slice(1))).toBe(false);
    expect(isCorrect(multiple, [...right, multiple.options.find((o) => !o.correct)!.id])).toBe(false);
  });

  function play(answerRight: (index: number) => boolean, state: QuizState = initialQuiz): QuizState {
    let current: QuizState = { ...state, attempt: startAttempt(quiz, now, seeded(3)) };
    current.attempt!.questionIds.forEach((id, index) => {
      const question = quiz.questions.find((q) => q.id === id)!;
      const options = answerRight(index)
        ? question.options.filter((o) => o.correct)
        : [question.options.find((o) => !o.correct)!];
      for (const option of options)
        current = { ...current, attempt: choose(current.attempt!, question, option.id, true) };
      current = answerCurrent(current, quiz, now);
      if (index < current.attempt!.questionIds.length - 1)
        current = { ...current, attempt: goToNext(current.attempt!) };
    });
    return current;
  }

  it('scores a finished attempt and keeps the best result across retakes', () => {
    const first = play((i) => i < 9);
    expect(first.attempt?.finishedAt).toBe('2026-11-29T09:00:00+07:00');
    expect(scoreOf(first.attempt!, quiz)).toBe(9);
    expect(first.best).toMatchObject({ bestScore: 9, maxScore: 10, passPercent: 80, passed: true });
    const worse = play((i) => i < 3, first);
    expect(worse.best).toEqual(first.best);
    const better = play(() => true, worse);
    expect(better.best?.bestScore).toBe(10);
  });

  it('fails below the pass mark', () => {
    expect(play((i) => i < 7).best).toMatchObject({ bestScore: 7, passed: false });
  });

  it('does not accept an answer with nothing chosen, nor change an answered question', () => {
    const state: QuizState = { ...initialQuiz, attempt: startAttempt(quiz, now, seeded(3)) };
    expect(answerCurrent(state, quiz, now)).toBe(state);
    const question = quiz.questions.find((q) => q.id === state.attempt!.questionIds[0])!;
    const answered = answerCurrent(
      { ...state, attempt: choose(state.attempt!, question, question.options[0]!.id, true) },
      quiz,
      now,
    );
    expect(choose(answered.attempt!, question, question.options[1]!.id, true)).toBe(answered.attempt);
  });

  it('compares results by percentage when the number of questions changed', () => {
    const old = {
      bestScore: 12,
      maxScore: 15,
      passPercent: 80,
      passed: true,
      completedAt: '2024-01-01T00:00:00+07:00',
    };
    expect(betterResult(old, { ...old, bestScore: 8, maxScore: 10 })).toBe(old);
    expect(betterResult(old, { ...old, bestScore: 9, maxScore: 10 }).maxScore).toBe(10);
  });
});

describe('the summary', () => {
  const noSimulators: SimulatorResults = {};

  const passed = { bestScore: 9, maxScore: 10, passed: true, completedAt: '2026-11-28T10:00:00+07:00' };

  it('counts checklist items, the quiz and each simulator’s Kiểm tra', () => {
    const summary = computeSummary(content, profile(), checklist(), initialQuiz, noSimulators);
    // Done: vneid-muc-2, nop-ho-so (done), thanh-toan (not applicable with reason) = 3 of 5 items + quiz + 2 simulators.
    expect(summary).toMatchObject({ done: 3, total: 8, percent: 37, profileComplete: true });
    expect(summary.missing.map((entry) => entry.key)).toEqual([
      'lien-ket-dvcqg',
      'lay-tu-kho',
      'quiz',
      'simulator-lien-ket-vneid',
      'simulator-lay-tu-kho',
    ]);
    expect(summary.missing[0]).toMatchObject({
      anchor: '#muc-lien-ket-dvcqg',
      guide: { href: expect.stringContaining('/phu-luc-1/') },
    });
  });

  it('counts a passed simulator, and links one not passed yet to its page', () => {
    const results: SimulatorResults = { 'lien-ket-vneid': { test: passed } };
    const summary = computeSummary(content, profile(), checklist(), initialQuiz, results);
    expect(summary).toMatchObject({ done: 4, total: 8 });
    expect(summary.missing.find((entry) => entry.key === 'simulator-lay-tu-kho')?.guide).toEqual({
      href: '/luyen-tap/lay-tu-kho/',
      label: 'Mở mô phỏng',
    });
    expect(summary.missing.map((entry) => entry.key)).not.toContain('simulator-lien-ket-vneid');
  });

  it('ignores a pass recorded for a scenario the checklist does not count', () => {
    const results: SimulatorResults = { 'nop-ho-so': { test: passed } };
    expect(computeSummary(content, profile(), checklist(), initialQuiz, results)).toMatchObject({ done: 3, total: 8 });
  });

  it('lists a missing profile first and each requirement with its items', () => {
    const summary = computeSummary(content, profile({ name: '' }), checklist(), initialQuiz, noSimulators);
    expect(summary.missing[0]?.key).toBe('profile');
    expect(summary.requirements.map(({ number, done, total }) => [number, done, total])).toEqual([
      [1, 2, 2],
      [2, 1, 2],
      [3, 0, 1],
    ]);
  });

  it('shows the person own share of reused dossiers', () => {
    const reused = checklist({ reusedDigitised: '2' });
    reused.items['lay-tu-kho'] = { answer: 'done', date: '', reason: '', answeredAt: null };
    expect(computeSummary(content, profile(), reused, initialQuiz, noSimulators).reuse).toEqual({
      reused: 2,
      submitted: 3,
      percent: 66,
      target: 60,
    });
  });
});

describe('export and re-import', () => {
  const organisation = {
    name: content.organisation.name,
    parent: content.organisation.parent,
    units: content.organisation.units,
  };
  const quizState: QuizState = {
    attempt: null,
    best: { bestScore: 9, maxScore: 10, passPercent: 80, passed: true, completedAt: '2026-11-28T15:00:00+07:00' },
    updatedAt: '2026-11-28T15:00:00+07:00',
  };

  it('round-trips the state through a real file', () => {
    const draft = buildDraft(content, profile({ staffCode: 'NV-MAU-01' }), checklist(), quizState, {}, PERSON, now);
    const written = writeResultFile(draft);
    const parsed = parseResultFile(written.text, { fileName: written.fileName, organisation, now });
    if (!parsed.ok) throw new Error(parsed.message);
    const restored = restoreFromFile(content, parsed.content);
    expect(restored.profile).toMatchObject({
      personId: PERSON,
      name: 'Nguyễn Văn Mẫu',
      unitId: 'khoa-noi',
      staffCode: 'NV-MAU-01',
    });
    expect(restored.checklist.items).toEqual({ ...checklist().items, 'lay-tu-kho': emptyAnswer });
    expect(restored.checklist.submittedOnline).toBe('3');
    expect(restored.quiz.best).toEqual(quizState.best);
    expect(written.file.dossiers).toEqual({
      year: content.organisation.year,
      submittedOnline: 3,
      reusedDigitised: null,
    });
    expect(written.file.simulators).toEqual([
      { id: 'lien-ket-vneid', available: true, test: null },
      { id: 'lay-tu-kho', available: true, test: null },
    ]);
  });

  it('writes only what belongs to each answer', () => {
    const state = checklist();
    state.items['lien-ket-dvcqg'] = { answer: 'not-done', date: '01/01/2024', reason: 'cũ', answeredAt: null };
    const draft = buildDraft(content, profile(), state, initialQuiz, {}, PERSON, now);
    expect(draft.checklist.find((entry) => entry.id === 'lien-ket-dvcqg')).toEqual({
      id: 'lien-ket-dvcqg',
      answer: 'not-done',
      date: null,
      reason: null,
      answeredAt: null,
    });
    expect(draft.checklist.find((entry) => entry.id === 'vneid-muc-2')?.date).toBe('2024-03-05');
  });
});

describe('saved state', () => {
  it('knows when there is progress a re-import would replace, and when it last changed', () => {
    expect(hasProgress(initialProfile, initialChecklist, initialQuiz)).toBe(false);
    expect(hasProgress(profile(), initialChecklist, initialQuiz)).toBe(true);
    expect(
      lastUpdated(
        { updatedAt: null },
        { updatedAt: '2026-11-29T08:00:00+07:00' },
        { updatedAt: '2026-11-29T01:30:00Z' },
      ),
    ).toBe('2026-11-29T01:30:00Z');
  });
});

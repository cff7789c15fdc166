import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { scenarioPath, scenarios } from '../simulator/scenarios';
import { buildAssessmentContent, contentVersionOf } from './content';
import { parseContent } from '../content-files/validate';
import { checklistSchema, quizSchema } from './content-schema';

const read = (file: string) =>
  load(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as Record<string, any>;
const shippedChecklist = read('content/assessment/checklist.yaml');
const shippedQuiz = read('content/assessment/quiz.yaml');

function changed<T>(data: T, change: (copy: any) => void): unknown {
  const copy = structuredClone(data);
  change(copy);
  return copy;
}

/** Whether a root-relative link leads to a page of the site (its MDX file exists). */
function pageExists(href: string): boolean {
  const path = href.split('#')[0]!.replace(/^\/|\/$/g, '');
  return existsSync(new URL(`../../content/docs/${path || 'index'}.mdx`, import.meta.url));
}

describe('the shipped checklist', () => {
  const checklist = parseContent(checklistSchema, shippedChecklist, 'checklist.yaml', 'Nội dung tự đánh giá');

  it('has the five items the directive asks for, with stable ids', () => {
    expect(checklist.items.map((item) => item.id)).toEqual([
      'vneid-muc-2',
      'lien-ket-dvcqg',
      'nop-ho-so-truc-tuyen',
      'thanh-toan-truc-tuyen',
      'lay-tu-kho',
    ]);
    expect(new Set(checklist.items.map((item) => item.requirement))).toEqual(new Set([1, 2, 3]));
  });

  it('asks for both dossier counts on the online-submission items', () => {
    expect(checklist.items.find((item) => item.id === 'nop-ho-so-truc-tuyen')?.count).toBe('submittedOnline');
    expect(checklist.items.find((item) => item.id === 'lay-tu-kho')?.count).toBe('reusedDigitised');
  });

  it('links every item to a page that exists', () => {
    for (const item of checklist.items) expect(pageExists(item.guide.href), item.guide.href).toBe(true);
  });

  it('counts every simulator of the registry', () => {
    expect(checklist.simulators.map((simulator) => simulator.id)).toEqual(scenarios.map((entry) => entry.id));
  });

  it('refuses a simulator the registry does not have, naming the file, the field and the id', () => {
    const unknown = changed(shippedChecklist, (c: any) => (c.simulators[1].id = 'nop-ho-so'));
    expect(() =>
      parseContent(checklistSchema, unknown, 'content/assessment/checklist.yaml', 'Nội dung tự đánh giá'),
    ).toThrow(
      /content\/assessment\/checklist\.yaml[\s\S]*simulators\.1\.id: không có mô phỏng "nop-ho-so" trong src\/simulator\/scenarios\/index\.ts/,
    );
  });

  it.each([
    ['a renamed id with diacritics', (c: any) => (c.items[0].id = 'vneid-mức-2'), 'items.0.id'],
    ['a duplicated id', (c: any) => (c.items[1].id = c.items[0].id), 'items.1.id'],
    ['a requirement 4', (c: any) => (c.items[0].requirement = 4), 'items.0.requirement'],
    ['a link outside the site', (c: any) => (c.items[0].guide.href = 'https://example.com/'), 'items.0.guide.href'],
    ['a count without its question', (c: any) => delete c.items[2].countLabel, 'items.2.countLabel'],
    ['a phone number in the wording', (c: any) => (c.items[0].explanation = 'Gọi 0900 000 000'), 'items.0.explanation'],
    ['an unknown placeholder', (c: any) => (c.items[0].title = 'Năm {nam}'), 'items.0.title'],
    ['an unknown field', (c: any) => (c.items[0].hint = 'x'), 'items.0'],
    ['a missing short label', (c: any) => delete c.items[3].shortLabel, 'items.3.shortLabel'],
    [
      'a short label too long for a table header',
      (c: any) => (c.items[0].shortLabel = 'x'.repeat(61)),
      'items.0.shortLabel',
    ],
  ])('refuses %s and names the field', (_, change, field) => {
    expect(() =>
      parseContent(
        checklistSchema,
        changed(shippedChecklist, change),
        'content/assessment/checklist.yaml',
        'Nội dung tự đánh giá',
      ),
    ).toThrow(new RegExp(`checklist\\.yaml[\\s\\S]*${field.replace(/\./g, '\\.')}`));
  });
});

describe('the shipped quiz', () => {
  const quiz = parseContent(quizSchema, shippedQuiz, 'quiz.yaml', 'Nội dung tự đánh giá');

  it('has at least 15 questions, single and multiple choice, each explained', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(15);
    expect(new Set(quiz.questions.map((question) => question.kind))).toEqual(new Set(['single', 'multiple']));
    for (const question of quiz.questions) expect(question.explanation.length).toBeGreaterThan(20);
    expect(quiz.passPercent).toBeGreaterThan(0);
    expect(quiz.questionsPerAttempt).toBeLessThanOrEqual(quiz.questions.length);
  });

  it('covers the directive, both annexes and the KPI', () => {
    const all = quiz.questions.map((question) => question.question).join(' ');
    expect(all).toMatch(/mức độ 2/);
    expect(all).toMatch(/Lấy từ kho/);
    expect(all).toMatch(/60%/);
    expect(all).toMatch(/liên kết/i);
  });

  it('links sources that exist', () => {
    for (const question of quiz.questions)
      if (question.source) expect(pageExists(question.source.href), question.source.href).toBe(true);
  });

  it.each([
    [
      'a single-choice question with two right answers',
      (q: any) => (q.questions[0].options[0].correct = true),
      'questions.0.options',
    ],
    [
      'a multiple-choice question with every answer right',
      (q: any) => q.questions[8].options.forEach((o: any) => (o.correct = true)),
      'questions.8.options',
    ],
    ['duplicated option ids', (q: any) => (q.questions[0].options[1].id = 'a'), 'questions.0.options.1.id'],
    ['one option only', (q: any) => (q.questions[0].options = [q.questions[0].options[2]]), 'questions.0.options'],
    ['too few questions', (q: any) => (q.questions = q.questions.slice(0, 14)), 'questions'],
    ['more questions per attempt than exist', (q: any) => (q.questionsPerAttempt = 99), 'questionsPerAttempt'],
    ['a pass mark above 100', (q: any) => (q.passPercent = 120), 'passPercent'],
    ['a missing explanation', (q: any) => delete q.questions[3].explanation, 'questions.3.explanation'],
  ])('refuses %s and names the field', (_, change, field) => {
    expect(() =>
      parseContent(quizSchema, changed(shippedQuiz, change), 'content/assessment/quiz.yaml', 'Nội dung tự đánh giá'),
    ).toThrow(new RegExp(`quiz\\.yaml[\\s\\S]*${field.replace(/\./g, '\\.')}`));
  });
});

describe('the content the island receives', () => {
  const content = buildAssessmentContent();

  it('fills in the target year and keeps links inside the site', () => {
    const submission = content.checklist.find((item) => item.id === 'nop-ho-so-truc-tuyen')!;
    expect(submission.title).toContain(String(content.organisation.year));
    expect(submission.title).not.toContain('{year}');
    expect(submission.countLabel).toContain(String(content.organisation.year));
    expect(content.schemaHref).toMatch(/\/schemas\/ket-qua-tu-danh-gia-v1\.json$/);
  });

  it('links each simulator to its page', () => {
    for (const simulator of content.simulators) expect(simulator.href).toBe(scenarioPath(simulator.id));
  });

  it('names the content version after the wording, so a change of wording changes it', () => {
    expect(content.contentVersion).toMatch(/^\d{4}-[0-9a-f]{10}$/);
    expect(contentVersionOf(2024, 'a', 'b')).toBe(contentVersionOf(2024, 'a', 'b'));
    expect(contentVersionOf(2024, 'a', 'b')).not.toBe(contentVersionOf(2024, 'a', 'c'));
  });
});

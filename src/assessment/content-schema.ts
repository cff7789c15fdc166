/**
 * Schemas of the self-assessment's data in content/assessment/ (the checklist and the quiz), checked
 * when the site is built. Used at build time only: the island gets the validated data as props, so
 * zod never reaches the browser.
 */
import { z } from 'astro/zod';
import { flagDuplicateIds } from '../content-files/validate';
import { findPersonalNumber } from '../personal-data';
import { SLUG_PATTERN } from '../result-file/types';
import { isScenarioId, scenarios } from '../simulator/scenarios';

const slug = z
  .string('phải là chuỗi chữ')
  .regex(SLUG_PATTERN, 'phải là chữ thường không dấu, số và dấu "-", ví dụ "vneid-muc-2"')
  .max(60, 'dài quá 60 ký tự');

/** Plain text, no personal numbers: wording copied from a screenshot could hold a real person's. */
const text = z
  .string('phải là chuỗi chữ')
  .trim()
  .min(1, 'không được để trống')
  .refine((value) => !findPersonalNumber(value), {
    message: 'có dãy từ 9 chữ số trở lên (giống số CCCD hoặc số điện thoại)',
  })
  // {howMeasured}: the one sentence on how the reuse target is measured (content/directive/requirements.yaml).
  .refine((value) => !/\{(?!(?:year|howMeasured)\})[^}]*\}/.test(value), {
    message: 'chỉ được dùng chỗ chèn {year} hoặc {howMeasured}',
  });

/** A link inside the site: a root-relative path, optionally with an anchor. */
const siteLink = z
  .object({
    /** Root-relative path such as "/phu-luc-1/" or "/hoi-dap/#muc"; the base path is added when built. */
    href: z.string('phải là chuỗi chữ').regex(/^\/[^\s]*$/, 'phải là đường dẫn trong trang, bắt đầu bằng "/"'),
    /** Link text, e.g. "Phụ lục 1: liên kết tài khoản với VNeID". */
    label: text,
  })
  .strict();

/** Which dossier count an item asks for when answered "Đã làm". */
export const DOSSIER_COUNTS = ['submittedOnline', 'reusedDigitised'] as const;

export const checklistItemSchema = z
  .object({
    /** Stable id written into result files: reword freely, never rename. */
    id: slug.describe('Stable item id'),
    /** The directive's requirement (1–3) the item belongs to. */
    requirement: z.union([z.literal(1), z.literal(2), z.literal(3)], 'phải là 1, 2 hoặc 3'),
    /** What was done, as a statement ("Đã …"); `{year}` becomes the organisation's target year. */
    title: text,
    /** A few words naming the item in the aggregation's table headers and exports. */
    shortLabel: text.max(60, 'dài quá 60 ký tự'),
    /** One line on why it matters. */
    explanation: text,
    /** The guide that helps do it. */
    guide: siteLink,
    /** The dossier count asked for when the answer is "Đã làm". */
    count: z.enum(DOSSIER_COUNTS, 'phải là "submittedOnline" hoặc "reusedDigitised"').optional(),
    /** The question for that count; required with `count`. */
    countLabel: text.optional(),
  })
  .strict()
  .refine((item) => (item.count === undefined) === (item.countLabel === undefined), {
    message: 'count và countLabel phải đi cùng nhau',
    path: ['countLabel'],
  });

export const simulatorInfoSchema = z
  .object({
    /** A scenario id of the registry (src/simulator/scenarios/index.ts), whose Kiểm tra result counts. */
    id: slug,
    title: text,
  })
  .strict();

export const checklistSchema = z
  .object({
    items: z.array(checklistItemSchema).min(1, 'cần ít nhất một mục'),
    simulators: z.array(simulatorInfoSchema),
  })
  .strict()
  .superRefine((checklist, ctx) => {
    flagDuplicateIds(checklist.items, 'items', ctx);
    flagDuplicateIds(checklist.simulators, 'simulators', ctx);
    checklist.simulators.forEach((simulator, index) => {
      if (isScenarioId(simulator.id)) return;
      ctx.addIssue({
        code: 'custom',
        path: ['simulators', index, 'id'],
        message: `không có mô phỏng "${simulator.id}" trong src/simulator/scenarios/index.ts (có: ${scenarios.map((entry) => entry.id).join(', ')})`,
      });
    });
    for (const count of DOSSIER_COUNTS) {
      if (checklist.items.filter((item) => item.count === count).length > 1) {
        ctx.addIssue({ code: 'custom', path: ['items'], message: `chỉ một mục được hỏi "${count}"` });
      }
    }
  });

export const quizOptionSchema = z
  .object({
    /** Short id, unique within the question ("a", "b"…). */
    id: z.string('phải là chuỗi chữ').regex(/^[a-z0-9-]{1,20}$/, 'phải là chữ thường không dấu hoặc số, ví dụ "a"'),
    text,
    /** Whether choosing this option is right. @default false */
    correct: z.boolean('phải là true hoặc false').default(false),
  })
  .strict();

export const quizQuestionSchema = z
  .object({
    id: slug,
    /** single: exactly one option is right; multiple: the person ticks every right option. */
    kind: z.enum(['single', 'multiple'], 'phải là "single" hoặc "multiple"'),
    question: text,
    options: z.array(quizOptionSchema).min(2, 'cần ít nhất 2 đáp án').max(6, 'nhiều nhất 6 đáp án'),
    /** Shown once the person has answered, right or wrong. */
    explanation: text,
    /** Where to read more. */
    source: siteLink.optional(),
  })
  .strict()
  .superRefine((question, ctx) => {
    flagDuplicateIds(question.options, 'options', ctx);
    const correct = question.options.filter((option) => option.correct).length;
    if (question.kind === 'single' && correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `câu chọn một đáp án cần đúng 1 đáp án đúng (đang có ${correct})`,
      });
    }
    if (question.kind === 'multiple' && (correct < 1 || correct === question.options.length)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'câu chọn nhiều đáp án cần ít nhất 1 đáp án đúng và ít nhất 1 đáp án sai',
      });
    }
  });

export const quizSchema = z
  .object({
    /** Percent of right answers needed to pass. @default 80 */
    passPercent: z
      .number('phải là số')
      .int('phải là số nguyên')
      .min(1, 'phải từ 1 đến 100')
      .max(100, 'phải từ 1 đến 100'),
    /** Questions drawn at random for each attempt. */
    questionsPerAttempt: z.number('phải là số').int('phải là số nguyên').min(1, 'phải lớn hơn 0'),
    questions: z.array(quizQuestionSchema).min(15, 'cần ít nhất 15 câu hỏi'),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    flagDuplicateIds(quiz.questions, 'questions', ctx);
    if (quiz.questionsPerAttempt > quiz.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['questionsPerAttempt'],
        message: `không được lớn hơn số câu hỏi (${quiz.questions.length})`,
      });
    }
  });

export type ChecklistData = z.infer<typeof checklistSchema>;
export type QuizData = z.infer<typeof quizSchema>;

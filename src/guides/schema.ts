import { z } from 'astro/zod';
import { flagDuplicateIds, parseContent } from '../content-files/validate';
import { hasPersonalNumber } from '../personal-data';

/** An HTML tag or a Markdown link: the wording is plain text plus `**bold**`, nothing else. */
const markup = /<\/?[a-z]|\]\(/i;

/** Plain Vietnamese text: not empty, no markup beyond `**bold**`, no personal numbers. */
const plainText = z
  .string('phải là chuỗi chữ')
  .trim()
  .min(1, 'không được để trống')
  .refine((value) => !markup.test(value), {
    message: 'chỉ được dùng chữ thường và **in đậm**, không dùng thẻ HTML hay liên kết Markdown',
  })
  // Step wording is reused by the simulators and the slides: a number copied from the source's screenshots
  // could belong to a real person. Made-up numbers for the figures live in src/simulator/portals/persona.ts.
  .refine((value) => !hasPersonalNumber(value), {
    message: 'có dãy từ 9 chữ số trở lên (có thể là số định danh hoặc số điện thoại của người thật)',
  });

/** Id pattern shared by both guides: `p1-…` for Phụ lục 1, `p2-…` for Phụ lục 2. */
export const stepIdPattern = /^p[12]-[a-z0-9-]+$/;

/** One step of a guide, as the guide page, the simulator and the trainer's slides all show it. */
export const guideStepSchema = z
  .object({
    /**
     * Stable id: the anchor on the guide page (`/phu-luc-1/#p1-b3`) and the key the simulator and
     * slides use. Never renumber: add new ids instead.
     */
    id: z
      .string('phải là chuỗi chữ')
      .regex(stepIdPattern, 'phải có dạng "p1-…" hoặc "p2-…", chữ thường không dấu, số và dấu "-", ví dụ "p1-b3"')
      .describe('Stable step id'),
    /** What the source calls the step, e.g. "Bước 3", or "Kiểm tra" for the final check. */
    label: plainText.describe('Step label as in the source'),
    /** A short imperative title written for the site, e.g. "Cập nhật từ CSDL Quốc gia về Dân cư". */
    title: plainText.describe('Short imperative title'),
    /**
     * The step as the site tells it to staff ("Bấm nút **[Bỏ qua]**…"): what the guide page, the
     * simulator's task and the slides print. Button names in `**[…]**`.
     */
    text: plainText.describe("The reader's wording"),
    /**
     * The source's own words for the step, verbatim but for the OCR corrections listed in
     * content/source-corrections/annexes.yaml: printed apart, as "Lời văn bản gốc", so the reader's
     * wording never passes for the directive's.
     */
    source: plainText.describe("The source's own words"),
    /** Further sentences from the source (the notice on screen, what the result looks like). */
    details: z
      .array(plainText)
      .min(1, 'nếu có thì cần ít nhất một câu')
      .optional()
      .describe('Extra sentences from the source'),
    /** A practical note added by the site, shown apart from the directive's wording. */
    tip: plainText.optional().describe("The site's own practical note"),
    /** What the trainer says on this step's slide (/trinh-chieu/): shown only in the presenter view. */
    notes: plainText.optional().describe("Speaker notes for the step's slide"),
  })
  .strict();

/** One guide file in `content/guides/`: Phụ lục 1 or Phụ lục 2 of the directive. */
export const guideSchema = z
  .object({
    /** Title as published, e.g. "Phụ lục 1: Hướng dẫn liên kết…"; the page's frontmatter repeats it. */
    title: plainText.describe('Guide title'),
    /** The line naming what the annex follows ("Theo Công văn số …"), when the source has one. */
    basis: plainText.optional().describe('Basis line'),
    /** The source's "Mục đích". */
    purpose: plainText.describe('Purpose'),
    /** Steps in order, the final check last. */
    steps: z.array(guideStepSchema, 'phải là một danh sách bước').min(1, 'cần ít nhất một bước'),
  })
  .strict()
  .superRefine((guide, ctx) => flagDuplicateIds(guide.steps, 'steps', ctx));

export type Guide = z.infer<typeof guideSchema>;
export type GuideStep = z.infer<typeof guideStepSchema>;

/**
 * Validates one guide and throws a single message naming the file and every wrong field, e.g.
 * `steps.3.id: mã "p1-b2" bị trùng`. With `prefix` (`p1`), every id must also start with it, so a step
 * pasted from the other guide is caught.
 */
export function parseGuide(raw: unknown, source: string, prefix?: 'p1' | 'p2'): Guide {
  const schema = guideSchema.superRefine((guide, ctx) => {
    if (!prefix) return;
    guide.steps.forEach((step, index) => {
      if (!step.id.startsWith(`${prefix}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `phải bắt đầu bằng "${prefix}-" trong tệp này`,
        });
      }
    });
  });
  return parseContent(schema, raw, source, 'Hướng dẫn');
}

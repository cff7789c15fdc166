import { z } from 'astro/zod';
import { loadYaml, parseContent } from '../content-files/validate';
import { hasPersonalNumber } from '../personal-data';

/** A non-empty line of text that never carries a personal number. */
const text = (what: string) =>
  z
    .string(`${what}: phải là chuỗi chữ`)
    .trim()
    .min(1, `${what}: không được để trống`)
    // The source's screenshots hold such numbers: a correction quoting one would publish it.
    .refine((value) => !hasPersonalNumber(value), {
      message: `${what}: có dãy từ 9 chữ số trở lên (có thể là số định danh hoặc số điện thoại của người thật) — thay bằng "…" hoặc số giả`,
    });

/**
 * One correction made when publishing the source document (`content/source-corrections/*.yaml`).
 * A correction whose `corrected` equals `original` records a deliberate decision to keep the text.
 */
const correctionSchema = z
  .object({
    /** Which part of the source document, in Vietnamese, e.g. "Phụ lục 1 – màn hình Đăng nhập". */
    where: text('where').describe('Part of the source document'),
    /** The text as the OCR gave it. */
    original: text('original').describe('Text as OCR gave it'),
    /** The text as the site publishes it; "(bỏ)" style wording when the text was dropped. */
    corrected: text('corrected').describe('Text as published'),
    /** Why, or where on the site the correction shows; optional. */
    note: text('note').optional().describe('Reason or where it applies'),
  })
  .strict();

/** A corrections file: a list, possibly empty (a helper may not have added any yet). */
const correctionsSchema = z.array(correctionSchema, 'phải là một danh sách (mỗi mục bắt đầu bằng "- ")');

export type Correction = z.infer<typeof correctionSchema>;

/**
 * Validates one corrections file and throws a single message naming the file and every wrong entry,
 * e.g. `mục 3.original: …`, so an editor knows which line to fix.
 */
export function parseCorrections(raw: unknown, source: string): Correction[] {
  // An empty YAML file loads as undefined; treat it as "no corrections yet" rather than an error.
  return parseContent(correctionsSchema, raw ?? [], source, 'Danh sách sửa lỗi OCR');
}

/** Reads one corrections file from its YAML text; a syntax error or a wrong entry names the file. */
export function loadCorrections(yamlText: string, source: string): Correction[] {
  return parseCorrections(loadYaml(yamlText, source), source);
}

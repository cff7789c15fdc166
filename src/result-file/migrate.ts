/**
 * Older file versions, turned into the current one. Files already handed to the TCHC office must stay
 * readable after the site changes, so a version is never dropped: each gets a migration to the next.
 *
 * Version 0 is the draft format used while the page was designed (and by early test exports). It is
 * flat, uses Vietnamese status words and dd/mm/yyyy dates, has no dossier counts, note or simulators,
 * and its checksum is a bare hex string (SHA-256 over the same canonical JSON):
 *
 * ```json
 * {
 *   "schema": "ket-qua-tu-danh-gia", "version": 0,
 *   "organisation": "Trung tâm Y tế huyện Phù Cát", "parent": "Sở Y tế tỉnh Bình Định",
 *   "personId": "0f8c…", "name": "Nguyễn Văn Mẫu", "unit": "khoa-noi", "staffCode": "",
 *   "items": { "vneid-muc-2": { "status": "da-lam", "date": "05/03/2024", "reason": "" } },
 *   "quiz": { "score": 13, "max": 15, "passed": true, "date": "2024-03-05T09:00:00+07:00" },
 *   "exportedAt": "2024-03-05T09:10:00+07:00",
 *   "checksum": "<64 hex>"
 * }
 * ```
 */
import { parseDisplayDate, parseIsoInstant, vietnamYear } from '../dates';
import { problems } from './messages';
import { reachesPassMark } from './validate';
import { RESULT_FILE_SCHEMA, RESULT_FILE_VERSION, type ChecklistAnswer } from './types';

/** The draft had one fixed pass mark; version 1 records it with each quiz result. */
export const V0_PASS_PERCENT = 80;
/** What `contentVersion` says for a file migrated from the draft, whose wording was not recorded. */
export const V0_CONTENT_VERSION = 'ban-nhap-v0';

const V0_STATUS: Record<string, ChecklistAnswer | null> = {
  'da-lam': 'done',
  'chua-lam': 'not-done',
  'khong-ap-dung': 'not-applicable',
  '': null,
};

export type MigrationResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; field: string; problem: string };

interface MigrationContext {
  /** Unit names by id, to fill `person.unitName`, which the draft did not record. */
  unitName: (id: string) => string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 0 → version 1. Checks the draft's own shape (so a message can name a draft field), then
 * builds the version 1 object; the caller validates the result like any version 1 file.
 */
export function migrateV0(raw: Record<string, unknown>, context: MigrationContext): MigrationResult {
  const bad = (field: string, problem: string): MigrationResult => ({ ok: false, field, problem });
  for (const key of ['organisation', 'parent', 'personId', 'name', 'unit', 'staffCode', 'exportedAt'] as const) {
    if (typeof raw[key] !== 'string') return bad(`trường “${key}”`, key in raw ? problems.notString : problems.missing);
  }
  const exportedAt = raw['exportedAt'] as string;
  const exported = parseIsoInstant(exportedAt);
  if (!exported) return bad('thời điểm xuất tệp (exportedAt)', problems.notInstant);
  if (!isRecord(raw['items'])) return bad('danh sách mục (items)', problems.notObject);

  const checklist: Array<Record<string, unknown>> = [];
  for (const [id, item] of Object.entries(raw['items'])) {
    const field = `mục “${id}” (items.${id})`;
    if (
      !isRecord(item) ||
      typeof item['status'] !== 'string' ||
      typeof item['date'] !== 'string' ||
      typeof item['reason'] !== 'string'
    ) {
      return bad(field, problems.notObject);
    }
    if (!(item['status'] in V0_STATUS))
      return bad(`${field} → “status”`, problems.notOneOf(Object.keys(V0_STATUS).filter(Boolean)));
    const date = item['date'] === '' ? null : parseDisplayDate(item['date']);
    if (date === undefined) return bad(`${field} → “date”`, 'phải là ngày dạng ngày/tháng/năm');
    checklist.push({
      id,
      answer: V0_STATUS[item['status']],
      date,
      reason: item['reason'].trim() || null,
      answeredAt: null,
    });
  }

  let quiz: Record<string, unknown> | null = null;
  const q = raw['quiz'];
  if (q !== null && q !== undefined) {
    if (
      !isRecord(q) ||
      typeof q['score'] !== 'number' ||
      typeof q['max'] !== 'number' ||
      typeof q['passed'] !== 'boolean'
    ) {
      return bad('bài kiểm tra kiến thức (quiz)', problems.notObject);
    }
    // The draft computed "passed" with its fixed pass mark: a file that disagrees was edited by hand.
    if (q['passed'] !== reachesPassMark(q['score'], q['max'], V0_PASS_PERCENT))
      return bad('kết quả đạt (quiz.passed)', problems.passedMismatch);
    quiz = {
      bestScore: q['score'],
      maxScore: q['max'],
      passPercent: V0_PASS_PERCENT,
      passed: q['passed'],
      completedAt: q['date'],
    };
  }

  const unitId = raw['unit'] as string;
  const staffCode = (raw['staffCode'] as string).trim();
  return {
    ok: true,
    value: {
      schema: RESULT_FILE_SCHEMA,
      version: RESULT_FILE_VERSION,
      contentVersion: V0_CONTENT_VERSION,
      organisation: { name: raw['organisation'], parent: raw['parent'] },
      person: {
        id: raw['personId'],
        name: raw['name'],
        unitId,
        unitName: context.unitName(unitId) ?? unitId,
        staffCode: staffCode || null,
      },
      checklist,
      // The draft did not ask for counts: they stay unknown rather than becoming zero.
      dossiers: { year: vietnamYear(exported), submittedOnline: null, reusedDigitised: null },
      note: null,
      quiz,
      simulators: [],
      exportedAt,
    },
  };
}

/**
 * The result file's one definition: one JSON file per person per export, read back by the
 * self-assessment page (to restore a person's progress) and by the TCHC aggregation page (thousands at
 * a time). The TypeScript types are inferred from this schema, the reader checks files with it
 * (validate.ts adds only what a schema cannot say), and the JSON Schema the site publishes is generated
 * from it at build time (json-schema.ts). Written with `zod/mini`, since it ships to the browser.
 *
 * Every field has a `title`: what staff call it. Messages name a field by it ("họ và tên (person.name)
 * không được để trống") and the published JSON Schema shows it. Every string and list has a maximum,
 * checked before anything else about it, so a megabyte-long field is refused at once.
 */
import * as z from 'zod/mini';
import { CALENDAR_DAY, ISO_INSTANT } from '../dates';
import { problems } from './problems';

/** The `schema` field of every result file, and the stem of the published JSON Schema's name. */
export const RESULT_FILE_SCHEMA = 'ket-qua-tu-danh-gia';
/** The version this code writes and reads; other versions are refused. */
export const RESULT_FILE_VERSION = 1;
/** The published JSON Schema's name, and where the site serves it (relative to the site's base). */
export const RESULT_FILE_SCHEMA_NAME = `${RESULT_FILE_SCHEMA}-v${RESULT_FILE_VERSION}`;
export const RESULT_FILE_SCHEMA_PATH = `/schemas/${RESULT_FILE_SCHEMA_NAME}.json`;
/** SHA-256 over the canonical JSON (RFC 8785 style) of the file without its `checksum` field. */
export const CHECKSUM_ALGORITHM = 'sha256-jcs';
/** A real file is a few KB; anything this big is the wrong file, and reading it would stall a phone. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** What a person answered for one checklist item. `null` in the file means not answered yet. */
export const CHECKLIST_ANSWERS = ['done', 'not-done', 'not-applicable'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

/** Limits that keep a file readable and small; the self-assessment's form applies the same ones. */
export const LIMITS = {
  nameLength: 100,
  staffCodeLength: 30,
  reasonLength: 300,
  noteLength: 500,
  contentVersionLength: 100,
  /** Names of the organisation, its parent authority and units. */
  officialNameLength: 200,
  /** Stable ids (units, checklist items, simulators). */
  idLength: 60,
  checklistEntries: 50,
  simulatorEntries: 50,
  dossierCount: 10_000,
  quizMaxScore: 1_000,
} as const;

/** Stable ids of units, checklist items and scenarios: lower-case ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A random (version 4) UUID: the person id, made once on the person's device. */
export const PERSON_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const CHECKSUM_PATTERN = /^[0-9a-f]{64}$/;

/** Gives a field its title (and, for readers of the published schema, a description). */
function field<T extends z.ZodMiniType>(title: string, schema: T, description?: string): T {
  return schema.check(z.meta(description === undefined ? { title } : { title, description }));
}

/** At most `max` characters, checked first and alone: nothing else runs over a string that long. */
const string = (max: number) => z.string().check(z.maxLength(max, { abort: true }));
/** Text a person typed or a name: not blank. */
const text = (max: number) => string(max).check(z.regex(/\S/, problems.empty));
const slug = string(LIMITS.idLength).check(z.regex(SLUG_PATTERN, problems.pattern));
/** "2024-03-05" ("2024-02-30" passes here; the reader refuses days that do not exist). */
const day = string(10).check(z.regex(CALENDAR_DAY, problems.notDay));
/** ISO 8601 with seconds and its offset; the site writes +07:00 (Asia/Ho_Chi_Minh). */
const instant = string(35).check(z.regex(ISO_INSTANT, problems.notInstant));
const integer = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const score = integer(0, LIMITS.quizMaxScore);
const maxScore = integer(1, LIMITS.quizMaxScore);
const list = <T extends z.ZodMiniType>(entry: T, max: number) =>
  z.array(entry).check(z.maxLength(max, { abort: true }));

/**
 * Who the file belongs to. Name and parent authority together, compared exactly (after Unicode NFC
 * and trimming): simple to compare, and two centres of the same name under different Sở differ.
 */
export const organisationSchema = field(
  'cơ quan',
  z.strictObject({
    name: field('tên cơ quan', text(LIMITS.officialNameLength)),
    parent: field('cơ quan chủ quản', text(LIMITS.officialNameLength)),
  }),
  'The health centre; files are compared on name and parent authority.',
);

export const personSchema = field(
  'thông tin người',
  z.strictObject({
    id: field(
      'mã người',
      string(36).check(z.regex(PERSON_ID_PATTERN, problems.pattern)),
      "Random UUID made once on the person's device, kept through export and re-import.",
    ),
    name: field('họ và tên', text(LIMITS.nameLength)),
    unitId: field('mã khoa/phòng/trạm', slug, 'Stable id of the khoa/phòng/trạm in the organisation settings.'),
    unitName: field(
      'tên khoa/phòng/trạm',
      text(LIMITS.officialNameLength),
      "The unit's name when the file was written, for people reading the file; unitId is what counts.",
    ),
    staffCode: field('mã nhân viên', z.nullable(text(LIMITS.staffCodeLength))),
  }),
);

export const checklistEntrySchema = field(
  'mục tự đánh giá',
  z.strictObject({
    id: field('mã mục', slug, 'Stable id of the checklist item (content/assessment/checklist.yaml).'),
    answer: field('câu trả lời', z.nullable(z.enum(CHECKLIST_ANSWERS)), 'null: not answered yet.'),
    date: field(
      'ngày thực hiện',
      z.nullable(day),
      'The day the person did it, a day in Vietnam (UTC+07:00), when they said.',
    ),
    reason: field('lý do', z.nullable(text(LIMITS.reasonLength)), 'Why the item does not apply, or another remark.'),
    answeredAt: field('thời điểm trả lời', z.nullable(instant), 'When the answer was last changed.'),
  }),
);

export const dossierCountsSchema = field(
  'số hồ sơ',
  z.strictObject({
    year: field('năm', integer(2000, 2100)),
    submittedOnline: field('số hồ sơ nộp trực tuyến', z.nullable(integer(0, LIMITS.dossierCount))),
    reusedDigitised: field('số hồ sơ dùng lại giấy tờ số hóa', z.nullable(integer(0, LIMITS.dossierCount))),
  }),
  'Dossiers submitted online in the target year, and how many of them reused at least one digitised paper (the 60% target counts dossiers, so the aggregation sums these). The reader also checks reusedDigitised <= submittedOnline.',
);

export const quizResultSchema = z.strictObject({
  bestScore: field('điểm cao nhất', score),
  maxScore: field('điểm tối đa', maxScore),
  passPercent: field(
    'điểm đạt',
    integer(0, 100),
    'The pass mark in force when the best score was reached, in percent.',
  ),
  passed: field('kết quả đạt', z.boolean()),
  completedAt: field('ngày làm bài', instant),
});

/** A passed or failed "Kiểm tra" (test mode) run of a simulator. */
export const simulatorTestSchema = z.strictObject({
  bestScore: field('điểm cao nhất', score),
  maxScore: field('điểm tối đa', maxScore),
  passed: field('kết quả đạt', z.boolean()),
  completedAt: field('ngày làm bài', instant),
});

export const simulatorEntrySchema = field(
  'mô phỏng',
  z.strictObject({
    id: field('mã mô phỏng', slug),
    available: field(
      'mô phỏng đã có',
      z.boolean(),
      'Whether the simulator existed on the site when the file was written. When false, test is null.',
    ),
    test: field(
      'kết quả kiểm tra mô phỏng',
      z.nullable(simulatorTestSchema),
      'Best run in test mode (Kiểm tra), the only mode that can pass; null until the person has taken it.',
    ),
  }),
);

/** Everything in a file except the checksum: what the checksum is computed over. */
export const resultContentSchema = z.strictObject({
  schema: field('tên mẫu tệp', z.literal(RESULT_FILE_SCHEMA), 'Names the kind of file.'),
  version: field('phiên bản tệp', z.literal(RESULT_FILE_VERSION), 'Version of the file’s shape.'),
  contentVersion: field(
    'phiên bản nội dung',
    text(LIMITS.contentVersionLength),
    'Which wording of the checklist and quiz the person answered (a hash made when the site is built).',
  ),
  organisation: organisationSchema,
  person: personSchema,
  checklist: field('danh sách mục', list(checklistEntrySchema, LIMITS.checklistEntries)),
  dossiers: dossierCountsSchema,
  note: field('ghi chú', z.nullable(text(LIMITS.noteLength))),
  quiz: field(
    'bài kiểm tra kiến thức',
    z.nullable(quizResultSchema),
    'The best score of the knowledge quiz. The reader also checks passed == (bestScore * 100 >= passPercent * maxScore).',
  ),
  simulators: field('danh sách mô phỏng', list(simulatorEntrySchema, LIMITS.simulatorEntries)),
  exportedAt: field('thời điểm xuất tệp', instant),
});

/** A checksum that catches corruption and hand edits. Anyone can recompute it: it is not a signature. */
export const checksumSchema = field(
  'mã kiểm tra',
  z.strictObject({
    algorithm: field('cách tính mã kiểm tra', z.literal(CHECKSUM_ALGORITHM)),
    value: field('giá trị mã kiểm tra', string(64).check(z.regex(CHECKSUM_PATTERN, problems.pattern))),
  }),
);

export const resultFileSchema = z.extend(resultContentSchema, { checksum: checksumSchema });

export type ResultOrganisation = z.infer<typeof organisationSchema>;
export type ResultPerson = z.infer<typeof personSchema>;
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;
/**
 * Dossiers the person submitted online in the target year, and how many of them reused at least one
 * digitised paper. The 60% target counts dossiers, not people, so the aggregation sums these.
 */
export type DossierCounts = z.infer<typeof dossierCountsSchema>;
export type QuizResult = z.infer<typeof quizResultSchema>;
export type SimulatorTestResult = z.infer<typeof simulatorTestSchema>;
export type SimulatorEntry = z.infer<typeof simulatorEntrySchema>;
export type ResultContent = z.infer<typeof resultContentSchema>;
export type ResultChecksum = z.infer<typeof checksumSchema>;
export type ResultFile = z.infer<typeof resultFileSchema>;

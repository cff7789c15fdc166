/**
 * A small, hand-checked set of result files for the aggregation tests (unit and browser): the expected
 * numbers are worked out in the comments of report.spec.ts. Made with the shared writer, so the files
 * are always in the current format. All names and ids are invented.
 */
import { writeResultFile, type ChecklistAnswer, type ResultDraft, type WrittenFile } from '../result-file';
import { sampleDraft, SAMPLE_ORGANISATION } from '../result-file/test-fixtures';
import type { AggregateConfig } from './types';

export const TEST_CONFIG: AggregateConfig = {
  organisation: {
    name: SAMPLE_ORGANISATION.name,
    parent: SAMPLE_ORGANISATION.parent,
    place: 'Phù Cát',
  },
  units: [
    { id: 'khoa-noi', name: 'Khoa Nội tổng hợp', kind: 'khoa', headcount: 4 },
    { id: 'tram-cat-hanh', name: 'Trạm Y tế xã Cát Hanh', kind: 'tram', headcount: 3 },
    { id: 'phong-tchc', name: 'Phòng Tổ chức – Hành chính', kind: 'phong' },
  ],
  unitsChecked: true,
  year: 2024,
  targets: { onlineServicesAndPayment: 100, vneidLevel2: 100, digitisedReuse: 60 },
  checklist: [
    {
      id: 'vneid-muc-2',
      requirement: 2,
      title: 'Đã kích hoạt tài khoản định danh điện tử VNeID mức độ 2',
      shortLabel: 'VNeID mức độ 2',
    },
    {
      id: 'lien-ket-dvcqg',
      requirement: 2,
      title: 'Đã liên kết tài khoản Cổng Dịch vụ công quốc gia với tài khoản VNeID',
      shortLabel: 'Liên kết tài khoản Cổng DVCQG với VNeID',
    },
    {
      id: 'nop-ho-so-truc-tuyen',
      requirement: 1,
      title: 'Đã tự nộp ít nhất một hồ sơ thủ tục hành chính trực tuyến trong năm 2024',
      shortLabel: 'Nộp hồ sơ trực tuyến',
    },
    {
      id: 'thanh-toan-truc-tuyen',
      requirement: 1,
      title: 'Đã nộp phí, lệ phí thủ tục hành chính bằng thanh toán trực tuyến',
      shortLabel: 'Thanh toán trực tuyến',
    },
    {
      id: 'lay-tu-kho',
      requirement: 3,
      title: 'Đã dùng lại kết quả điện tử hoặc bản sao chứng thực điện tử (“Lấy từ kho”)',
      shortLabel: 'Dùng lại kết quả số hóa (“Lấy từ kho”)',
    },
  ],
  simulators: [
    {
      id: 'lien-ket-vneid',
      title: 'Mô phỏng liên kết tài khoản Cổng Dịch vụ công quốc gia với VNeID',
      shortLabel: 'Mô phỏng liên kết VNeID',
    },
    { id: 'lay-tu-kho', title: 'Mô phỏng lấy kết quả từ kho khi nộp hồ sơ', shortLabel: 'Mô phỏng lấy từ kho' },
  ],
  reuseHowMeasured: 'Câu thử: tỷ lệ ước tính bằng số hồ sơ dùng lại chia cho số hồ sơ nộp trực tuyến.',
};

const ITEM_IDS = [
  'vneid-muc-2',
  'lien-ket-dvcqg',
  'nop-ho-so-truc-tuyen',
  'thanh-toan-truc-tuyen',
  'lay-tu-kho',
] as const;
type Answers = [
  ChecklistAnswer | null,
  ChecklistAnswer | null,
  ChecklistAnswer | null,
  ChecklistAnswer | null,
  ChecklistAnswer | null,
];

const ALL_DONE: Answers = ['done', 'done', 'done', 'done', 'done'];

export interface PersonSpec {
  id: string;
  name: string;
  unitId: string;
  staffCode?: string | null;
  answers: Answers;
  submitted: number | null;
  reused: number | null;
  quiz?: [number, number] | null;
  year?: number;
  exportedAt: string;
  /** The unit's name as the file writes it (for units the test settings do not list). */
  unitName?: string;
  note?: string | null;
  /** "Không áp dụng" reasons by item index (default: one stock reason). */
  reasons?: Partial<Record<number, string>>;
}

const unitNames = new Map(TEST_CONFIG.units.map((unit) => [unit.id, unit.name]));

/** An invented person id: "00000000-0000-4000-8000-" + 12 hex digits from `n`. */
export const personId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function draftFor(spec: PersonSpec): ResultDraft {
  const draft = sampleDraft();
  draft.person = {
    id: spec.id,
    name: spec.name,
    unitId: spec.unitId,
    unitName: spec.unitName ?? unitNames.get(spec.unitId) ?? spec.unitId,
    staffCode: spec.staffCode ?? null,
  };
  draft.checklist = ITEM_IDS.map((id, i) => {
    const answer = spec.answers[i]!;
    return {
      id,
      answer,
      date: null,
      reason: answer === 'not-applicable' ? (spec.reasons?.[i] ?? 'Không có thủ tục cần làm') : null,
      answeredAt: answer ? spec.exportedAt : null,
    };
  });
  draft.dossiers = { year: spec.year ?? 2024, submittedOnline: spec.submitted, reusedDigitised: spec.reused };
  draft.note = spec.note ?? null;
  draft.quiz = spec.quiz
    ? {
        bestScore: spec.quiz[0],
        maxScore: spec.quiz[1],
        passPercent: 80,
        passed: spec.quiz[0] * 100 >= 80 * spec.quiz[1],
        completedAt: spec.exportedAt,
      }
    : null;
  draft.exportedAt = spec.exportedAt;
  return draft;
}

export const writePerson = (spec: PersonSpec): WrittenFile => writeResultFile(draftFor(spec));

/** The hand-checked set: 8 files, 6 people, 2 duplicates folded, one same-name pair, one 2023 file. */
export const HAND_SET: PersonSpec[] = [
  {
    id: personId(1),
    name: 'Nguyễn Văn An',
    unitId: 'khoa-noi',
    answers: ALL_DONE,
    submitted: 4,
    reused: 3,
    quiz: [14, 16],
    exportedAt: '2026-11-20T09:00:00+07:00',
  },
  {
    id: personId(2),
    name: 'Trần Thị Bình',
    unitId: 'khoa-noi',
    answers: ['done', 'not-done', 'done', 'not-applicable', 'not-done'],
    submitted: 2,
    reused: 0,
    quiz: [10, 16],
    exportedAt: '2026-11-21T09:00:00+07:00',
  },
  // Bình's older export: folded away by the newer one above.
  {
    id: personId(2),
    name: 'Trần Thị Bình',
    unitId: 'khoa-noi',
    answers: ['not-done', 'not-done', 'not-done', 'not-done', 'not-done'],
    submitted: 0,
    reused: 0,
    exportedAt: '2026-11-10T09:00:00+07:00',
  },
  {
    id: personId(3),
    name: 'Lê Văn Cường',
    unitId: 'khoa-noi',
    answers: ['not-applicable', 'not-applicable', null, null, 'not-applicable'],
    submitted: null,
    reused: null,
    exportedAt: '2026-11-22T09:00:00+07:00',
  },
  // Dũng changed phones: a new person id, the same staff code (typed differently) — one person.
  {
    id: personId(4),
    name: 'Phạm Văn Dũng',
    unitId: 'tram-cat-hanh',
    staffCode: 'TCH-01',
    answers: ['done', 'not-done', 'done', 'done', 'not-done'],
    submitted: 2,
    reused: 0,
    exportedAt: '2026-11-01T09:00:00+07:00',
  },
  {
    id: personId(5),
    name: 'Phạm Văn Dũng',
    unitId: 'tram-cat-hanh',
    staffCode: 'tch-01',
    answers: ALL_DONE,
    submitted: 5,
    reused: 4,
    quiz: [16, 16],
    exportedAt: '2026-11-25T09:00:00+07:00',
  },
  // Two people of the same name in one unit, different ids: flagged, never merged. The second counts 2023.
  {
    id: personId(6),
    name: 'Hoàng Thị Em',
    unitId: 'tram-cat-hanh',
    answers: ALL_DONE,
    submitted: 1,
    reused: 1,
    exportedAt: '2026-11-23T09:00:00+07:00',
  },
  {
    id: personId(7),
    name: 'Hoàng  Thị Em',
    unitId: 'tram-cat-hanh',
    answers: ALL_DONE,
    submitted: 1,
    reused: 1,
    year: 2023,
    exportedAt: '2026-11-24T09:00:00+07:00',
  },
];

export const handSetFiles = (): WrittenFile[] => HAND_SET.map(writePerson);

/**
 * The second hand-checked set, for the site's own settings (the browser test): a roster, a reply from
 * someone not on it, two people sharing one staff code, a failed quiz, "Không áp dụng" with reasons and
 * a note. Its figures are worked out in tests/e2e/aggregate-review.spec.ts.
 */
export const REVIEW_SET: PersonSpec[] = [
  {
    id: personId(101),
    name: 'Nguyễn Thị Nhung',
    unitId: 'khoa-noi',
    staffCode: 'NV-0123',
    answers: ALL_DONE,
    submitted: 4,
    reused: 3,
    quiz: [9, 10],
    note: 'Đã hướng dẫn cả khoa cách “Lấy từ kho”.',
    exportedAt: '2026-11-20T09:00:00+07:00',
  },
  // Another person, another unit, the same code typed differently, a newer file: never merged silently.
  {
    id: personId(102),
    name: 'Lê Thị Trùng Mã',
    unitId: 'khoa-nhi',
    unitName: 'Khoa Nhi',
    staffCode: 'nv-0123 ',
    answers: ['done', 'done', 'done', 'not-applicable', 'not-done'],
    reasons: { 3: 'Thủ tục tôi nộp không có phí, lệ phí' },
    submitted: 2,
    reused: 0,
    quiz: [6, 10],
    exportedAt: '2026-11-25T09:00:00+07:00',
  },
  {
    id: personId(103),
    name: 'Trần Văn Phúc',
    unitId: 'khoa-noi',
    answers: ['done', 'not-done', 'done', 'done', 'not-applicable'],
    reasons: { 4: 'Kho dữ liệu của tôi chưa có giấy tờ nào' },
    submitted: 1,
    reused: 0,
    quiz: null,
    exportedAt: '2026-11-21T09:00:00+07:00',
  },
  // Not on the roster: listed apart, never in Trạm Cát Tân's figures.
  {
    id: personId(104),
    name: 'Võ Thị Lạ',
    unitId: 'tram-cat-tan',
    unitName: 'Trạm Y tế xã Cát Tân',
    answers: ALL_DONE,
    submitted: 2,
    reused: 2,
    quiz: [10, 10],
    exportedAt: '2026-11-22T09:00:00+07:00',
  },
];

/** The roster of the second set (CSV as the office saves it from Excel, semicolons). */
export const REVIEW_ROSTER_CSV = [
  'Họ và tên;Đơn vị;Mã nhân viên',
  'Nguyễn Thị Nhung;Khoa Nội tổng hợp;NV-0123',
  'Trần Văn Phúc;Khoa Nội tổng hợp;',
  'Lê Thị Trùng Mã;Khoa Nhi;',
  'Đỗ Minh Quân;Khoa Nhi;',
  'Bùi Đức Long;Trạm Y tế xã Cát Tân;',
].join('\r\n');

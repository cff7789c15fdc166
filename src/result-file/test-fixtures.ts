/**
 * Made-up data for the result-file tests (and the page's tests): the name says it is a sample, the
 * person id is obviously invented, and no number in it could be anyone's CCCD or phone.
 */
import { checksumOf } from './checksum';
import type { ExpectedOrganisation, ResultDraft } from './index';

export const SAMPLE_ORGANISATION: ExpectedOrganisation = {
  name: 'Trung tâm Y tế huyện Phù Cát',
  parent: 'Sở Y tế tỉnh Bình Định',
  units: [
    { id: 'khoa-noi', name: 'Khoa Nội tổng hợp' },
    { id: 'tram-cat-hanh', name: 'Trạm Y tế xã Cát Hanh' },
  ],
};

export const SAMPLE_NOW = new Date('2026-11-29T09:00:00+07:00');
export const SAMPLE_PERSON_ID = '00000000-0000-4000-8000-00000000abcd';

export function sampleDraft(): ResultDraft {
  return {
    contentVersion: '2024-0a1b2c3d',
    organisation: { name: SAMPLE_ORGANISATION.name, parent: SAMPLE_ORGANISATION.parent },
    person: {
      id: SAMPLE_PERSON_ID,
      name: 'Nguyễn Văn Mẫu',
      unitId: 'khoa-noi',
      unitName: 'Khoa Nội tổng hợp',
      staffCode: 'NV-MAU-01',
    },
    checklist: [
      { id: 'vneid-muc-2', answer: 'done', date: '2024-03-05', reason: null, answeredAt: '2026-11-20T08:30:00+07:00' },
      { id: 'lien-ket-dvcqg', answer: 'not-done', date: null, reason: null, answeredAt: '2026-11-20T08:31:00+07:00' },
      {
        id: 'thanh-toan-truc-tuyen',
        answer: 'not-applicable',
        date: null,
        reason: 'Thủ tục của tôi không có phí',
        answeredAt: '2026-11-20T08:32:00+07:00',
      },
      { id: 'lay-tu-kho', answer: null, date: null, reason: null, answeredAt: null },
    ],
    dossiers: { year: 2024, submittedOnline: 3, reusedDigitised: 2 },
    note: 'Đã hỏi trạm y tế về bản sao chứng thực điện tử.',
    quiz: { bestScore: 13, maxScore: 16, passPercent: 80, passed: true, completedAt: '2026-11-28T15:00:00+07:00' },
    simulators: [
      { id: 'lien-ket-vneid', available: false, test: null },
      { id: 'lay-tu-kho', available: false, test: null },
    ],
    exportedAt: '2026-11-29T09:00:00+07:00',
  };
}

/** Re-seals a parsed file after a test changed it, as a careful forger would. */
export function resealed(file: Record<string, unknown>): string {
  const { checksum: _old, ...content } = file;
  return JSON.stringify({ ...content, checksum: { algorithm: 'sha256-jcs', value: checksumOf(content) } });
}

import { setPersistentEngine } from '@nanostores/persistent';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseResultFile } from '../result-file';
import type { DownloadFile } from '../download';
import { simulatorResults } from '../simulator/results';
import { buildAssessmentContent } from './content';
import { discardDrafts, editDraft } from './drafts';
import { afterImport, exportResult, type Delivery } from './file-actions';
import { fieldIds } from './form';
import { initialChecklist, initialProfile, initialQuiz } from './state';
import { checklistStore, profileStore, quizStore, updateProfile } from './stores';

const content = buildAssessmentContent();
const now = new Date('2026-11-29T09:00:00+07:00');

let downloads: DownloadFile[];
const delivery: Delivery = {
  download: (file) => void downloads.push(file),
  share: () => Promise.resolve(false),
};

beforeEach(() => {
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
  discardDrafts();
  downloads = [];
  profileStore.set({
    ...initialProfile,
    noticeAcceptedAt: '2026-11-29T08:00:00+07:00',
    personId: '00000000-0000-4000-8000-00000000abcd',
    name: 'Nguyễn Văn Mẫu',
    unitId: 'khoa-noi',
  });
  checklistStore.set(initialChecklist);
  quizStore.set(initialQuiz);
  simulatorResults.set({});
});

const organisation = { name: content.organisation.name, parent: content.organisation.parent, units: [] };

describe('exportResult', () => {
  it('writes a file that reads back, with what was still being typed', async () => {
    editDraft(
      { id: fieldIds.staffCode, label: 'Mã nhân viên', save: (staffCode) => updateProfile({ staffCode }, now) },
      'NV-17',
    );
    const outcome = await exportResult('download', content, delivery, now);
    expect(outcome.kind).toBe('status');
    expect(downloads).toHaveLength(1);
    const parsed = parseResultFile(downloads[0]!.data as string, {
      fileName: downloads[0]!.fileName,
      organisation: { ...organisation, units: content.organisation.units },
      now,
    });
    expect(parsed.ok && parsed.content.person.staffCode).toBe('NV-17');
  });

  it('refuses while a field holds a personal number, and writes nothing', async () => {
    editDraft({ id: fieldIds.note, label: 'Ghi chú', save: () => undefined }, 'gọi 0905123456');
    expect(await exportResult('download', content, delivery, now)).toEqual({ kind: 'problems' });
    expect(downloads).toEqual([]);
  });

  it('leaves out a simulator result the file cannot carry, and says so', async () => {
    const id = content.simulators[0]!.id;
    simulatorResults.set({
      [id]: { test: { bestScore: 5, maxScore: 1e308, passed: true, completedAt: '2026-11-28T10:00:00+07:00' } },
    });
    const outcome = await exportResult('download', content, delivery, now);
    expect(outcome).toEqual({ kind: 'status', text: expect.stringContaining('không được ghi vào tệp') });
    expect(downloads).toHaveLength(1);
  });
});

describe('afterImport', () => {
  it('keeps an error where it happened and moves nothing', () => {
    expect(afterImport({ kind: 'error', text: 'x' }, 'file')).toEqual({
      message: { kind: 'error', text: 'x', place: 'file' },
      focus: null,
      hideProblems: false,
    });
  });

  it('opens the page at its summary after an import from the start screen', () => {
    expect(afterImport({ kind: 'status', text: 'ok' }, 'gate')).toEqual({
      message: { kind: 'status', text: 'ok', place: 'top' },
      focus: 'tom-tat-tieu-de',
      hideProblems: true,
    });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DownloadFile } from '../../download';
import { SAMPLE_NOW } from '../../result-file/test-fixtures';
import { parseCsv } from '../csv';
import type { SavedSet } from '../persist';
import { HAND_SET, personId, TEST_CONFIG, writePerson } from '../test-fixtures';
import { readXlsxFirstSheet } from '../xlsx';
import type * as persistModule from '../persist';

/** IndexedDB stands in as one saved value: what `saveSet` last wrote, `undefined` once cleared. */
const db = vi.hoisted(() => ({ works: false, saved: undefined as SavedSet | undefined }));
vi.mock('../persist', async (importOriginal) => ({
  ...(await importOriginal<typeof persistModule>()),
  storageWorks: () => Promise.resolve(db.works),
  loadSet: () => Promise.resolve(db.saved),
  saveSet: (set: SavedSet) => Promise.resolve(void (db.saved = structuredClone(set))),
  clearSet: () => Promise.resolve(void (db.saved = undefined)),
}));

/** A fresh page: the stores and the "read the saved set once" promise are per page load. */
async function openPage() {
  vi.resetModules();
  return { ...(await import('./actions')), ...(await import('./state')) };
}

const picked = (...files: Array<{ fileName: string; text: string }>) =>
  files.map(({ fileName, text }) => ({ name: fileName, file: new File([text], fileName) }));

const [an, binhNewer, binhOlder] = HAND_SET.map(writePerson);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(SAMPLE_NOW);
  db.works = false;
  db.saved = undefined;
});
afterEach(() => vi.useRealTimers());

describe('loading result files', () => {
  it('counts a person once, keeping the newest of their files, whatever the order', async () => {
    const page = await openPage();
    await page.loadFiles(picked(binhNewer!, binhOlder!, an!), TEST_CONFIG);
    expect(page.$set.get().accepted).toHaveLength(3);
    const people = page.$folded.get().people;
    expect(people).toHaveLength(2);
    const binh = people.find((person) => person.file.content.person.id === personId(2))!;
    expect(binh.file.content.exportedAt).toBe('2026-11-21T09:00:00+07:00');
    expect(page.$status.get()).toBe('Đã kiểm tra xong: nhận 3 tệp, từ chối 0 tệp.');
    expect(page.$progress.get()).toBeNull();
  });

  it('adds to what is loaded, skips exact copies and lists refused files with the reason', async () => {
    const page = await openPage();
    await page.loadFiles(picked(an!), TEST_CONFIG);
    await page.loadFiles(picked(an!, { fileName: 'hong.json', text: '{"format":' }), TEST_CONFIG);
    expect(page.$set.get().accepted).toHaveLength(1);
    expect(page.$set.get().rejected).toEqual([
      expect.objectContaining({ fileName: 'hong.json', message: expect.stringContaining('hong.json') }),
    ]);
    expect(page.$status.get()).toBe('Đã kiểm tra xong: nhận 0 tệp, từ chối 1 tệp, bỏ qua 1 tệp đã có.');
  });

  it('ignores a second load started while one is running', async () => {
    const page = await openPage();
    const first = page.loadFiles(picked(an!), TEST_CONFIG);
    await page.loadFiles(picked(binhNewer!), TEST_CONFIG);
    await first;
    expect(page.$set.get().accepted.map((file) => file.fileName)).toEqual([an!.fileName]);
  });

  it('says so when there was nothing to load', async () => {
    const page = await openPage();
    await page.loadFiles([], TEST_CONFIG);
    expect(page.$status.get()).toBe('Không có tệp nào để kiểm tra.');
  });
});

describe('the saved set', () => {
  it('comes back after a reload, with a sentence saying so, and every change is saved', async () => {
    db.works = true;
    const before = await openPage();
    await before.loadFiles(picked(an!, binhNewer!), TEST_CONFIG);
    expect(db.saved?.accepted).toHaveLength(2);

    const after = await openPage();
    await after.reopenSaved(TEST_CONFIG);
    expect(after.$storage.get()).toBe('ok');
    expect(after.$set.get().accepted.map((file) => file.fileName)).toEqual([an!.fileName, binhNewer!.fileName]);
    expect(after.$status.get()).toBe('Đã mở lại 2 tệp đã nạp trước đây trên máy này.');
  });

  it('is not kept where the browser blocks storage, and the page says so', async () => {
    const page = await openPage();
    await page.loadFiles(picked(an!), TEST_CONFIG);
    expect(page.$storage.get()).toBe('blocked');
    expect(db.saved).toBeUndefined();
  });
});

describe('the roster', () => {
  const csv = (text: string, name = 'nhan-su.csv') => new File([text], name);

  it('is used for the report, its unreadable rows listed', async () => {
    const page = await openPage();
    await page.reopenSaved(TEST_CONFIG);
    await page.loadRoster(csv('Họ và tên,Đơn vị\nNguyễn Văn An,Khoa Nội tổng hợp\nAi Đó,Khoa Mắt\n'), TEST_CONFIG);
    expect(page.$set.get().roster).toEqual({
      fileName: 'nhan-su.csv',
      people: [{ name: 'Nguyễn Văn An', unitId: 'khoa-noi', staffCode: null }],
    });
    expect(page.$rosterMessage.get()).toBe(
      '1 dòng không đọc được:\nDòng 3: đơn vị “Khoa Mắt” không có trong danh sách khoa, phòng, trạm.',
    );
    const khoaNoi = page.$report.get()?.units.find((unit) => unit.unitId === 'khoa-noi');
    expect(khoaNoi).toMatchObject({ expected: 1, expectedSource: 'roster' });
  });

  it('a file that cannot be used leaves the roster in place; removing it drops it', async () => {
    const page = await openPage();
    await page.loadRoster(csv('Họ và tên,Đơn vị\nNguyễn Văn An,khoa-noi\n'), TEST_CONFIG);
    await page.loadRoster(csv('chỉ có một dòng', 'sai.csv'), TEST_CONFIG);
    expect(page.$set.get().roster?.fileName).toBe('nhan-su.csv');
    expect(page.$rosterMessage.get()).toMatch(/^Không dùng được tệp “sai.csv”: /);
    await page.removeRoster();
    expect(page.$set.get().roster).toBeNull();
  });
});

describe('exporting the report', () => {
  async function exported(format: 'xlsx' | 'csv') {
    const page = await openPage();
    await page.loadFiles(picked(an!, binhNewer!), TEST_CONFIG);
    const saved: DownloadFile[] = [];
    page.exportReport(format, TEST_CONFIG, (file) => saved.push(file), SAMPLE_NOW);
    expect(saved).toHaveLength(1);
    return saved[0]!;
  }

  it('saves the CSV summary under the day’s name', async () => {
    const file = await exported('csv');
    expect(file.fileName).toBe('tong-hop_2026-11-29.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    const rows = parseCsv(file.data as string);
    expect(rows.map((row) => row[0])).toContain('Khoa Nội tổng hợp');
  });

  it('saves an .xlsx that reads back', async () => {
    const file = await exported('xlsx');
    expect(file.fileName).toBe('tong-hop_2026-11-29.xlsx');
    const rows = readXlsxFirstSheet(file.data as Uint8Array);
    expect(rows.map((row) => row[0])).toContain('Khoa Nội tổng hợp');
  });
});

describe('"Xóa tất cả"', () => {
  it('empties the files, the roster and its messages, here and in the saved copy', async () => {
    db.works = true;
    const page = await openPage();
    await page.loadFiles(picked(an!, { fileName: 'hong.json', text: 'x' }), TEST_CONFIG);
    await page.loadRoster(new File(['Họ và tên,Đơn vị\nAi Đó,Khoa Mắt\n'], 'nhan-su.csv'), TEST_CONFIG);
    expect(page.$rosterMessage.get()).not.toBeNull();
    await page.clearAll();
    expect(page.$set.get()).toEqual({ accepted: [], rejected: [], decisions: {}, rosterLinks: {}, roster: null });
    expect(page.$folded.get().people).toEqual([]);
    expect(page.$rosterMessage.get()).toBeNull();
    expect(page.$status.get()).toBe('Đã xóa tất cả tệp đã nạp.');
    expect(db.saved).toBeUndefined();
  });
});

import { expect, test, type Page } from './support/test';
import { parseResultFile } from '../../src/result-file/parse';
import { exportFile, fillProfile, item, ITEMS, openAssessment, start, TODAY } from './support/self-assessment';
import { fillStorageQuota, makeStorageWritesThrow } from './support/storage-faults';

const summary = (page: Page) => page.getByRole('region', { name: 'Bạn đang ở đâu' });
const fullWarning = (page: Page) => page.getByRole('status').filter({ hasText: 'bộ nhớ trình duyệt đã đầy' });

test.describe('when saving fails the page keeps working and says so', () => {
  test('storage filled by another application to within 300 bytes of the quota', async ({ page }) => {
    await openAssessment(page);
    const written = await fillStorageQuota(page, 300);
    expect(written).toBeGreaterThan(1_000_000);
    await page.reload();
    await expect(page.locator('.sa-app')).toBeVisible();
    await start(page);
    await fillProfile(page);
    await item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check();
    await expect(fullWarning(page)).toBeVisible();
    await expect(fullWarning(page)).toContainText('Hãy xuất tệp kết quả trước khi đóng trang');
    // What the person did is still there, in memory: the page counts it.
    await expect(summary(page)).toContainText('Đã hoàn thành 1/');
    await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('Nguyễn Văn Mẫu');
  });

  test('a setItem that always throws', async ({ page }) => {
    await makeStorageWritesThrow(page);
    await openAssessment(page);
    await start(page);
    await expect(fullWarning(page)).toBeVisible();
    await fillProfile(page);
    await item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check();
    await expect(item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' })).toBeChecked();
    await expect(summary(page)).toContainText('Đã hoàn thành 1/');
  });
});

/** A plausible saved state, as the site writes it: a started profile, two answers and a quiz result. */
function savedStores() {
  const at = '2026-11-28T10:00:00+07:00';
  return {
    'self-assessment:profile': {
      noticeAcceptedAt: at,
      personId: '00000000-0000-4000-8000-00000000abcd',
      name: 'Nguyễn Văn Mẫu',
      unitId: 'khoa-noi',
      staffCode: '',
      updatedAt: at,
    },
    'self-assessment:checklist': {
      items: {
        'vneid-muc-2': { answer: 'done', date: '05/03/2024', reason: '', answeredAt: at },
        'lien-ket-dvcqg': { answer: 'not-done', date: '', reason: '', answeredAt: at },
      },
      submittedOnline: '',
      reusedDigitised: '',
      note: '',
      updatedAt: at,
    },
    'self-assessment:quiz': {
      attempt: null,
      best: { bestScore: 9, maxScore: 10, passPercent: 80, passed: true, completedAt: at },
      updatedAt: at,
    },
  } as Record<string, Record<string, any>>;
}

async function seed(page: Page, stores: Record<string, unknown>) {
  await page.addInitScript((stores) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [name, data] of Object.entries(stores))
      localStorage.setItem(`dvc-phu-cat:${name}`, JSON.stringify({ version: 1, data }));
  }, stores);
}

const organisation = {
  name: 'Trung tâm Y tế huyện Phù Cát',
  parent: 'Sở Y tế tỉnh Bình Định',
  units: [{ id: 'khoa-noi', name: 'Khoa Nội tổng hợp' }],
};

test.describe('invalid saved data: export gives a valid file or says what to fix, never nothing', () => {
  const cases: Array<[string, (stores: Record<string, Record<string, any>>) => void, RegExp]> = [
    [
      'a person id that is not a UUID',
      (s) => (s['self-assessment:profile']!['personId'] = 'nguoi-so-1'),
      /mã người ngẫu nhiên/,
    ],
    [
      'a date saved as “hôm qua”',
      (s) => (s['self-assessment:checklist']!['items']['vneid-muc-2'].answeredAt = 'hôm qua'),
      /câu trả lời của Việc 1/,
    ],
    ['a maxScore of 1e308', (s) => (s['self-assessment:quiz']!['best'].maxScore = 1e308), /điểm cao nhất/],
    [
      'a quiz “passed” that contradicts its score',
      (s) => Object.assign(s['self-assessment:quiz']!['best'], { bestScore: 2, passed: true }),
      /điểm cao nhất/,
    ],
  ];

  for (const [what, spoil, dropped] of cases) {
    test(what, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const stores = savedStores();
      spoil(stores);
      await seed(page, stores);
      await openAssessment(page);
      const note = page.getByRole('note').filter({ hasText: 'không đọc được và đã được bỏ đi' });
      await expect(note).toContainText(dropped);
      // The rest is kept.
      await expect(item(page, ITEMS.link).getByRole('radio', { name: 'Chưa làm' })).toBeChecked();
      const { download, text } = await exportFile(page);
      const parsed = parseResultFile(text, { fileName: download.suggestedFilename(), organisation, now: TODAY });
      expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
      expect(errors.filter((message) => message.includes('writeResultFile'))).toEqual([]);
    });
  }

  test('a simulator result of 1e308 points: a file without it, and the person is told', async ({ page }) => {
    await seed(page, {
      ...savedStores(),
      'simulator-results': {
        'lien-ket-vneid': {
          test: { bestScore: 5, maxScore: 1e308, passed: true, completedAt: '2026-11-28T10:00:00+07:00' },
        },
      },
    });
    await openAssessment(page);
    const { download, text } = await exportFile(page);
    const parsed = parseResultFile(text, { fileName: download.suggestedFilename(), organisation, now: TODAY });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.content.simulators.find((s) => s.id === 'lien-ket-vneid')?.test).toBeNull();
    await expect(page.getByRole('status').filter({ hasText: 'không được ghi vào tệp' })).toContainText(
      'hãy làm lại phần Kiểm tra',
    );
  });
});

test('two pages editing at once lose nothing', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openAssessment(first);
  await openAssessment(second);
  await start(first);
  await expect(second.getByRole('heading', { name: 'Bạn đang ở đâu' })).toBeVisible();
  const name = first.getByRole('textbox', { name: /^Họ và tên/ });
  const note = second.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ });
  await name.focus();
  await note.focus();
  // Both type at once, key by key, each into another field of the same saved state.
  const typedName = 'Nguyễn Văn Bình';
  const typedNote = 'Đã hỏi trạm, hẹn tuần sau';
  await Promise.all([first.keyboard.type(typedName, { delay: 15 }), second.keyboard.type(typedNote, { delay: 15 })]);
  await Promise.all([
    item(first, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check(),
    item(second, ITEMS.link).getByRole('radio', { name: 'Chưa làm' }).check(),
  ]);
  for (const page of [first, second]) {
    await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue(typedName);
    await expect(page.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ })).toHaveValue(typedNote);
    await expect(item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' })).toBeChecked();
    await expect(item(page, ITEMS.link).getByRole('radio', { name: 'Chưa làm' })).toBeChecked();
  }
  await first.reload();
  await expect(first.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue(typedName);
  await expect(first.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ })).toHaveValue(typedNote);
});

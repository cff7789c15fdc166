import { expect, test, type Locator, type Page } from './support/test';
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

/** Saves what each page has typed at the same instant: one broadcast makes every page blur its field. */
async function saveAtOnce(pages: Page[]) {
  await Promise.all(
    pages.map((page) =>
      page.evaluate(() => {
        const channel = new BroadcastChannel('save-at-once');
        channel.onmessage = () => {
          (document.activeElement as HTMLElement | null)?.blur();
          channel.close();
        };
      }),
    ),
  );
  await pages[0]!.evaluate(() => new BroadcastChannel('save-at-once').postMessage('now'));
}

test('two pages saving different fields of one saved state at the same instant both keep their edit', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openAssessment(first);
  await openAssessment(second);
  await start(first);
  await expect(second.getByRole('heading', { name: 'Bạn đang ở đâu' })).toBeVisible();
  await item(first, ITEMS.submit).getByRole('radio', { name: 'Đã làm' }).check();
  await expect(item(second, ITEMS.submit).getByRole('radio', { name: 'Đã làm' })).toBeChecked();
  const name = (page: Page) => page.getByRole('textbox', { name: /^Họ và tên/ });
  const staffCode = (page: Page) => page.getByRole('textbox', { name: /Mã nhân viên/ });
  const note = (page: Page) => page.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ });
  const count = (page: Page) => item(page, ITEMS.submit).getByRole('textbox', { name: /Số hồ sơ bạn đã nộp/ });
  // Rounds on the profile (name / staff code) and on the checklist (note / a count): one page each.
  const rounds: Array<[(page: Page) => Locator, string, (page: Page) => Locator, string]> = [
    [name, 'Nguyễn Văn Bình', staffCode, 'NV-2024-0017'],
    [note, 'Đã hỏi trạm, hẹn tuần sau', count, '12'],
    [staffCode, 'NV-2024-0018', name, 'Trần Thị Mẫu'],
    [count, '7', note, 'Nộp nốt hồ sơ còn lại'],
  ];
  for (const [inFirst, firstText, inSecond, secondText] of rounds) {
    for (const [page, field, text] of [
      [first, inFirst(first), firstText],
      [second, inSecond(second), secondText],
    ] as const) {
      await field.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(text);
    }
    await saveAtOnce([first, second]);
    for (const page of [first, second]) {
      await expect(inFirst(page)).toHaveValue(firstText);
      await expect(inSecond(page)).toHaveValue(secondText);
    }
  }
  await first.reload();
  await expect(name(first)).toHaveValue('Trần Thị Mẫu');
  await expect(staffCode(first)).toHaveValue('NV-2024-0018');
  await expect(note(first)).toHaveValue('Nộp nốt hồ sơ còn lại');
  await expect(count(first)).toHaveValue('7');
});

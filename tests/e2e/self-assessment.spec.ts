import { expect, test, type Page } from './support/test';
import { axeViolations } from './support/axe';
import { checksumOf } from '../../src/result-file/checksum';
import { parseResultFile } from '../../src/result-file/parse';
import {
  exportFile,
  fillChecklist,
  fillProfile,
  importFile,
  item,
  ITEMS,
  openAssessment,
  PERSON,
  quiz,
  savedState,
  start,
  takeQuiz,
  TODAY,
} from './support/self-assessment';
import { watchPage } from './support/watch-page';

const organisation = {
  name: 'Trung tâm Y tế huyện Phù Cát',
  parent: 'Sở Y tế tỉnh Bình Định',
  units: [{ id: 'khoa-noi', name: 'Khoa Nội tổng hợp' }],
};

/** The person's answers are on screen as they were entered. */
async function expectFilledState(page: Page) {
  await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue(PERSON.name);
  await expect(page.getByRole('combobox', { name: /Khoa, phòng hoặc trạm/ })).toHaveValue(PERSON.unitId);
  await expect(item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' })).toBeChecked();
  await expect(item(page, ITEMS.vneid).getByRole('textbox', { name: /Ngày làm/ })).toHaveValue('05/03/2024');
  await expect(item(page, ITEMS.link).getByRole('radio', { name: 'Chưa làm' })).toBeChecked();
  await expect(item(page, ITEMS.submit).getByRole('textbox', { name: /Số hồ sơ bạn đã nộp/ })).toHaveValue('3');
  await expect(item(page, ITEMS.pay).getByRole('textbox', { name: /Lý do/ })).toHaveValue(
    'Thủ tục của tôi không có phí',
  );
  await expect(item(page, ITEMS.reuse).getByRole('textbox', { name: /có dùng lại giấy tờ/ })).toHaveValue('2');
}

test('fill in, export, clear, re-import: the same state comes back', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openAssessment(page);
  // Nothing is saved before the person has read the purpose notice and started.
  await expect(page.getByRole('heading', { name: /trang này lưu gì/ })).toBeVisible();
  await expect(page.getByText(/Nghị định 13\/2023\/NĐ-CP/).first()).toBeVisible();
  expect(await savedState(page)).toEqual({});

  await start(page);
  await fillProfile(page);
  await fillChecklist(page);
  await takeQuiz(page, 6);
  await expect(page.getByText(/Điểm cao nhất: 6\/10, chưa đạt/)).toBeVisible();
  await takeQuiz(page, 9);
  await expect(page.getByText('Đạt (cần 80%).')).toBeVisible();
  await expect(page.getByText(/Điểm cao nhất: 9\/10, đạt, ngày 29\/11\/2026/)).toBeVisible();

  const summary = page.getByRole('region', { name: 'Bạn đang ở đâu' });
  // vneid, submit, pay (not applicable with a reason), reuse and the quiz are done; "link" and the two simulators are not.
  await expect(summary).toContainText('Đã hoàn thành 5/8 việc');
  await expect(summary.getByRole('link', { name: /Chưa làm: liên kết tài khoản/ })).toHaveAttribute(
    'href',
    '#muc-lien-ket-dvcqg',
  );
  await expect(summary.getByRole('link', { name: 'Phụ lục 1: liên kết tài khoản với VNeID' })).toBeVisible();

  const { download, text } = await exportFile(page);
  expect(download.suggestedFilename()).toBe('ket-qua_khoa-noi_nguyen-van-mau_2026-11-29.json');
  await expect(page.getByText(/Đã tạo tệp “ket-qua_khoa-noi_nguyen-van-mau_2026-11-29\.json”/)).toBeVisible();
  const parsed = parseResultFile(text, { fileName: download.suggestedFilename(), organisation, now: TODAY });
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const file = parsed.content;
  expect(file.exportedAt).toBe('2026-11-29T09:00:00+07:00');
  expect(file.person).toMatchObject({ name: PERSON.name, unitId: 'khoa-noi', staffCode: null });
  expect(file.checklist.map((entry) => [entry.id, entry.answer, entry.date, entry.reason])).toEqual([
    ['vneid-muc-2', 'done', '2024-03-05', null],
    ['lien-ket-dvcqg', 'not-done', null, null],
    ['nop-ho-so-truc-tuyen', 'done', null, null],
    ['thanh-toan-truc-tuyen', 'not-applicable', null, 'Thủ tục của tôi không có phí'],
    ['lay-tu-kho', 'done', null, null],
  ]);
  expect(file.dossiers).toEqual({ year: 2024, submittedOnline: 3, reusedDigitised: 2 });
  expect(file.quiz).toMatchObject({ bestScore: 9, maxScore: 10, passPercent: 80, passed: true });
  const personId = file.person.id;

  await page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).click();
  const dialog = page.getByRole('dialog', { name: /Xóa toàn bộ dữ liệu/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Xóa dữ liệu' }).click();
  await expect(page.getByText('Đã xóa mọi dữ liệu tự đánh giá trên máy này.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /trang này lưu gì/ })).toBeFocused();
  expect(await savedState(page)).toEqual({});

  await importFile(page, { name: download.suggestedFilename(), buffer: Buffer.from(text) });
  await expect(
    page.getByText(/Đã nhập lại tệp “ket-qua_khoa-noi_nguyen-van-mau_2026-11-29\.json”: dữ liệu của Nguyễn Văn Mẫu/),
  ).toBeVisible();
  await expectFilledState(page);
  await expect(page.getByText(/Điểm cao nhất: 9\/10, đạt/)).toBeVisible();
  await expect(page.getByText(new RegExp(`Mã người ngẫu nhiên của bạn: ${personId.slice(0, 8)}`))).toBeVisible();

  // The person id survives the round trip: the next export names the same person.
  const again = await exportFile(page);
  expect(JSON.parse(again.text).person.id).toBe(personId);
  expect(problems).toEqual([]);
});

test('a reload loses nothing, including a quiz in progress', async ({ page }) => {
  await openAssessment(page);
  await start(page);
  await fillProfile(page);
  await fillChecklist(page);
  const section = page.getByRole('region', { name: 'Bài kiểm tra kiến thức' });
  await section.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  const firstQuestion = await section.getByRole('heading', { level: 3 }).innerText();
  const question = quiz.questions.find((candidate) => candidate.question === firstQuestion.trim())!;
  await section.getByLabel(question.options.find((o) => o.correct)!.text, { exact: true }).check();
  await section.getByRole('button', { name: 'Trả lời' }).click();
  await section.getByRole('button', { name: 'Câu tiếp theo' }).click();
  await expect(section.getByText(`Câu 2/${quiz.questionsPerAttempt}`)).toBeVisible();
  const secondQuestion = await section.getByRole('heading', { level: 3 }).innerText();

  await page.reload();
  await expect(page.locator('.sa-app')).toBeVisible();
  await expectFilledState(page);
  await expect(section.getByText(`Câu 2/${quiz.questionsPerAttempt}`)).toBeVisible();
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(secondQuestion);
});

test('export is refused with a list of what to fix, each linked to its field', async ({ page }) => {
  await openAssessment(page);
  await start(page);
  await item(page, ITEMS.pay).getByRole('radio', { name: 'Không áp dụng' }).check();
  await page.getByRole('button', { name: 'Xuất tệp kết quả' }).click();
  const errors = page.locator('#loi-xuat-tep');
  await expect(errors).toBeFocused();
  await expect(errors).toContainText('Chưa xuất được tệp');
  await errors.getByRole('link', { name: 'Họ và tên: Hãy nhập họ và tên.' }).click();
  await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toBeFocused();
  await expect(errors.getByRole('link', { name: /Việc 4 – Lý do không áp dụng: Hãy ghi lý do/ })).toBeVisible();
  // The field says it too, tied to it for screen readers.
  const reason = item(page, ITEMS.pay).getByRole('textbox', { name: /Lý do/ });
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(/Hãy ghi lý do/);
});

test('a CCCD or phone number in free text is refused with the reason, and never saved', async ({ page }) => {
  await openAssessment(page);
  await start(page);
  const note = page.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ });
  await note.fill('Đã hỏi trạm');
  await note.fill('Đã hỏi trạm, gọi 0900 000 000');
  await expect(page.getByRole('alert').filter({ hasText: 'số điện thoại' })).toContainText('Nghị định 13/2023/NĐ-CP');
  await expect(note).toHaveAccessibleDescription(/số điện thoại/);
  const staffCode = page.getByRole('textbox', { name: /Mã nhân viên/ });
  await staffCode.fill('052099000111');
  await expect(page.getByRole('alert').filter({ hasText: 'CCCD' })).toBeVisible();
  expect(JSON.stringify(await savedState(page))).not.toMatch(/0900|052099/);
  await page.reload();
  // What was saved is the text without the number.
  await expect(note).toHaveValue('Đã hỏi trạm, gọi ');
  await expect(staffCode).toHaveValue('');
});

test.describe('bad files get a clear message and change nothing', () => {
  let good: { text: string; name: string };

  test.beforeEach(async ({ page }) => {
    await openAssessment(page);
    await start(page);
    await fillProfile(page);
    await fillChecklist(page);
    const exported = await exportFile(page);
    good = { text: exported.text, name: exported.download.suggestedFilename() };
  });

  /** The exported file, changed and sealed again with a correct checksum. */
  const resealed = (change: (file: Record<string, any>) => void) => {
    const { checksum: _checksum, ...content } = JSON.parse(good.text) as Record<string, any>;
    change(content);
    return JSON.stringify({ ...content, checksum: { algorithm: 'sha256-jcs', value: checksumOf(content) } });
  };

  const cases: Array<[string, string, () => string | Buffer, RegExp]> = [
    ['not JSON', 'ghi-chu.txt', () => 'Đây không phải JSON', /không phải JSON/],
    ['another schema', 'cai-khac.json', () => '{"name":"Nguyễn Văn Mẫu"}', /không phải tệp kết quả tự đánh giá/],
    ['a newer unknown version', 'moi-hon.json', () => resealed((f) => (f['version'] = 2)), /phiên bản mới hơn/],
    [
      'a broken checksum',
      'da-sua.json',
      () => good.text.replace('"bestScore"', '"bestScore"').replace('Nguyễn Văn Mẫu', 'Nguyễn Văn Mấu'),
      /đã bị sửa hoặc hỏng/,
    ],
    ['a file over 1 MB', 'video.json', () => Buffer.alloc(1024 * 1024 + 1, 32), /quá giới hạn 1,0 MB/],
    [
      'another organisation',
      'don-vi-khac.json',
      () => resealed((f) => (f['organisation'] = { name: 'Trung tâm Y tế huyện Mẫu Sơn', parent: 'Sở Y tế tỉnh Mẫu' })),
      /đơn vị khác/,
    ],
    [
      'a unit not in the list',
      'khoa-la.json',
      () => resealed((f) => (f['person'].unitId = 'khoa-mau')),
      /“khoa-mau”, không có trong danh sách/,
    ],
    [
      'a date in the future',
      'tuong-lai.json',
      () => resealed((f) => (f['checklist'][0].date = '2026-12-01')),
      /01\/12\/2026.*tương lai/,
    ],
  ];

  for (const [what, name, make, message] of cases) {
    test(what, async ({ page }) => {
      const before = await savedState(page);
      const content = make();
      await importFile(page, { name, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
      const alert = page.getByRole('alert').filter({ hasText: name });
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('Dữ liệu trên máy này không thay đổi.');
      expect(await savedState(page)).toEqual(before);
      await expectFilledState(page);
    });
  }

  test('an older version is migrated, not refused', async ({ page }) => {
    const v0: Record<string, unknown> = {
      schema: 'ket-qua-tu-danh-gia',
      version: 0,
      organisation: organisation.name,
      parent: organisation.parent,
      personId: '00000000-0000-4000-8000-00000000abcd',
      name: 'Trần Thị Mẫu',
      unit: 'khoa-noi',
      staffCode: '',
      items: { 'vneid-muc-2': { status: 'da-lam', date: '05/03/2024', reason: '' } },
      quiz: null,
      exportedAt: '2024-03-05T09:10:00+07:00',
    };
    v0['checksum'] = checksumOf(v0);
    await importFile(page, { name: 'ban-nhap.json', buffer: Buffer.from(JSON.stringify(v0)) });
    // Another person's file over this person's data: the page asks first.
    const dialog = page.getByRole('dialog', { name: 'Thay dữ liệu trên máy này bằng tệp?' });
    await expect(dialog).toContainText('Trần Thị Mẫu');
    await expect(dialog).toContainText(/mới hơn tệp/);
    await dialog.getByRole('button', { name: 'Thay bằng dữ liệu trong tệp' }).click();
    await expect(
      page.getByText(/Đã nhập lại tệp “ban-nhap\.json”.*Tệp theo mẫu cũ đã được chuyển sang mẫu mới/),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('Trần Thị Mẫu');
    await expect(item(page, ITEMS.vneid).getByRole('textbox', { name: /Ngày làm/ })).toHaveValue('05/03/2024');
  });
});

test('a newer local state is never silently overwritten by an older file', async ({ page }) => {
  await openAssessment(page);
  await start(page);
  await fillProfile(page);
  const older = await exportFile(page);
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00+07:00'));
  await item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check();

  const file = { name: older.download.suggestedFilename(), buffer: Buffer.from(older.text) };
  await importFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'Thay dữ liệu trên máy này bằng tệp?' });
  await expect(dialog).toContainText('sửa lần cuối lúc 29/11/2026 10:00, mới hơn tệp (xuất lúc 29/11/2026 09:00)');
  // The safe answer has focus, and Escape means "keep".
  await expect(dialog.getByRole('button', { name: 'Giữ dữ liệu trên máy' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Đã giữ dữ liệu trên máy này/)).toBeVisible();
  await expect(item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' })).toBeChecked();

  await importFile(page, file);
  await dialog.getByRole('button', { name: 'Thay bằng dữ liệu trong tệp' }).click();
  await expect(item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' })).not.toBeChecked();
});

test('two open tabs stay in step', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openAssessment(first);
  await openAssessment(second);
  await start(first);
  await expect(second.getByRole('heading', { name: 'Bạn đang ở đâu' })).toBeVisible();
  await first.getByRole('textbox', { name: /^Họ và tên/ }).fill(PERSON.name);
  await expect(second.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue(PERSON.name);
  await item(second, ITEMS.link).getByRole('radio', { name: 'Đã làm' }).check();
  await expect(item(first, ITEMS.link).getByRole('radio', { name: 'Đã làm' })).toBeChecked();
  await expect(first.getByRole('region', { name: 'Bạn đang ở đâu' })).toContainText('Đã hoàn thành 1/');
});

test('where storage is blocked the page still works and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  await openAssessment(page);
  await expect(page.getByRole('status').filter({ hasText: 'tiến độ sẽ mất' })).toBeVisible();
  await start(page);
  await fillProfile(page);
  await item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check();
  await expect(page.getByRole('region', { name: 'Bạn đang ở đâu' })).toContainText('Đã hoàn thành 1/');
  const { download } = await exportFile(page);
  expect(download.suggestedFilename()).toBe('ket-qua_khoa-noi_nguyen-van-mau_2026-11-29.json');
});

test('each simulator shows its Kiểm tra result and a link to it, and a pass counts', async ({ page }) => {
  const passed = { bestScore: 10, maxScore: 10, passed: true, completedAt: '2026-11-28T10:00:00+07:00' };
  await page.addInitScript(
    (test) =>
      localStorage.setItem(
        'dvc-phu-cat:simulator-results',
        JSON.stringify({ version: 1, data: { 'lien-ket-vneid': { test } } }),
      ),
    passed,
  );
  await openAssessment(page);
  await start(page);
  const simulators = page.getByRole('region', { name: 'Luyện tập trên màn hình mô phỏng' });
  const linked = simulators.getByRole('listitem').filter({ hasText: /liên kết tài khoản/ });
  await expect(linked).toContainText('✓ Đã đạt phần Kiểm tra: 10/10, ngày 28/11/2026');
  await expect(linked.getByRole('link', { name: 'Mở mô phỏng' })).toHaveAttribute(
    'href',
    /\/luyen-tap\/lien-ket-vneid\/$/,
  );
  const store = simulators.getByRole('listitem').filter({ hasText: /lấy kết quả từ kho/ });
  await expect(store).toContainText('○ Chưa làm phần Kiểm tra.');
  await expect(store.getByRole('link', { name: 'Mở mô phỏng' })).toHaveAttribute('href', /\/luyen-tap\/lay-tu-kho\/$/);
  await expect(page.getByRole('region', { name: 'Bạn đang ở đâu' })).toContainText('Đã hoàn thành 1/8 việc');
});

test('in Zalo the page explains how to open Chrome, and offers sharing the file', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL: baseURL!,
    userAgent:
      'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 Zalo android/12100',
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  // Web Share exists on the phone, not in headless Chromium over http: a stand-in records what is shared.
  await page.addInitScript(() => {
    const shared: Array<{ name: string; type: string; size: number }> = [];
    (window as unknown as { shared: typeof shared }).shared = shared;
    Object.assign(navigator, {
      canShare: (data: { files?: File[] }) => Boolean(data.files?.every((file) => file.type === 'application/json')),
      share: (data: { files: File[] }) => {
        shared.push(...data.files.map((file) => ({ name: file.name, type: file.type, size: file.size })));
        return Promise.resolve();
      },
    });
  });
  await openAssessment(page);
  await start(page);
  await fillProfile(page);
  const notice = page.getByRole('note').filter({ hasText: 'Bạn đang mở trang trong Zalo' });
  await expect(notice).toContainText('Mở bằng trình duyệt');
  await expect(notice.getByRole('textbox', { name: 'Địa chỉ trang này' })).toHaveValue(/\/tu-danh-gia\/$/);
  await page.getByRole('button', { name: 'Chia sẻ tệp kết quả' }).click();
  await expect(page.getByText('Đã mở bảng chia sẻ tệp.')).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
  expect(shared).toEqual([
    { name: 'ket-qua_khoa-noi_nguyen-van-mau_2026-11-29.json', type: 'application/json', size: expect.any(Number) },
  ]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('the printout is one A4 page with the result and a signature line', async ({ page }) => {
  await openAssessment(page);
  await start(page);
  await fillProfile(page);
  await fillChecklist(page);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.sa-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bạn đang ở đâu' })).toBeHidden();
  await expect(sheet).toContainText('PHIẾU TỰ ĐÁNH GIÁ');
  await expect(sheet).toContainText('Phù Cát, ngày 29 tháng 11 năm 2026');
  await expect(sheet).toContainText(PERSON.name);
  await expect(sheet).toContainText('Khoa Nội tổng hợp');
  await expect(sheet).toContainText('NGƯỜI TỰ ĐÁNH GIÁ');
  await expect(sheet).toContainText('(Ký, ghi rõ họ tên)');
  await expect(sheet.getByRole('row')).toHaveCount(6);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('the page can be used with the keyboard alone', async ({ page }) => {
  await openAssessment(page);
  const startButton = page.getByRole('button', { name: 'Tôi đã hiểu, bắt đầu tự đánh giá' });
  await startButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Bạn đang ở đâu' })).toBeFocused();
  const done = item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' });
  await done.focus();
  await page.keyboard.press('Space');
  await expect(done).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(item(page, ITEMS.vneid).getByRole('radio', { name: 'Chưa làm' })).toBeChecked();
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Bài kiểm tra kiến thức' }).getByRole('heading', { level: 3 }),
  ).toBeFocused();
});

test('the JSON Schema of the result file is published at its stable address', async ({ request }) => {
  const response = await request.get('schemas/ket-qua-tu-danh-gia-v1.json');
  expect(response.status()).toBe(200);
  const schema = await response.json();
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.properties.schema.const).toBe('ket-qua-tu-danh-gia');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no WCAG 2.2 A/AA violation once the page is in use', async ({ page }) => {
      const check = async (state: string) => {
        expect(await axeViolations(page, state)).toEqual([]);
      };
      await openAssessment(page);
      await check('notice');
      await start(page);
      await fillChecklist(page);
      await item(page, ITEMS.link).getByRole('radio', { name: 'Không áp dụng' }).check();
      await page.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ }).fill('gọi 0900 000 000');
      await page.getByRole('button', { name: 'Xuất tệp kết quả' }).click();
      await expect(page.locator('#loi-xuat-tep')).toBeVisible();
      const section = page.getByRole('region', { name: 'Bài kiểm tra kiến thức' });
      await section.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
      const text = (await section.getByRole('heading', { level: 3 }).innerText()).trim();
      const question = quiz.questions.find((candidate) => candidate.question === text)!;
      await section.getByLabel(question.options.find((o) => !o.correct)!.text, { exact: true }).check();
      await section.getByRole('button', { name: 'Trả lời' }).click();
      await expect(section.getByRole('status')).toContainText('Chưa đúng.');
      await check('errors and quiz feedback');
      await fillProfile(page);
      await page.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ }).fill('');
      await item(page, ITEMS.link).getByRole('radio', { name: 'Chưa làm' }).check();
      await exportFile(page);
      await expect(page.getByText(/Đã tạo tệp/)).toBeVisible();
      await check('exported');
      await page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('dialog');
    });
  });
}

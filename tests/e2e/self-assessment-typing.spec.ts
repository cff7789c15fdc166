import { persona } from '../../src/simulator/portals/persona';
import { expect, test, type Locator, type Page } from './support/test';
import { exportFile, fillProfile, item, ITEMS, openAssessment, savedState, start } from './support/self-assessment';
import { composeWord, TELEX_DA_HOI_TRAM, TELEX_NGUYEN_VAN_BINH, typeBurst } from './support/vietnamese-input';

const nameField = (page: Page) => page.getByRole('textbox', { name: /^Họ và tên/ });

/** Opens the page and answers so that every text field of the page is on screen. */
async function openWithEveryField(page: Page) {
  await openAssessment(page);
  await start(page);
  await item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check();
  await item(page, ITEMS.submit).getByRole('radio', { name: 'Đã làm' }).check();
  await item(page, ITEMS.pay).getByRole('radio', { name: 'Không áp dụng' }).check();
  await item(page, ITEMS.reuse).getByRole('radio', { name: 'Đã làm' }).check();
}

/** Every text field of the page with a value to type into it. */
const everyField = (page: Page): Array<[Locator, string]> => [
  [nameField(page), 'Nguyễn Văn Bình'],
  [page.getByRole('textbox', { name: /Mã nhân viên/ }), 'NV-2024-0017'],
  [item(page, ITEMS.vneid).getByRole('textbox', { name: /Ngày làm/ }), '05/03/2024'],
  [item(page, ITEMS.submit).getByRole('textbox', { name: /Số hồ sơ bạn đã nộp/ }), '12'],
  [item(page, ITEMS.pay).getByRole('textbox', { name: /Lý do/ }), 'Thủ tục của tôi không thu phí, lệ phí'],
  [item(page, ITEMS.reuse).getByRole('textbox', { name: /có dùng lại giấy tờ/ }), '7'],
  [page.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ }), 'Đã hỏi trạm; hẹn tuần sau nộp nốt'],
];

test('a Telex burst (Backspace and the replacement at 0 ms) is saved exactly, every time', async ({ page }) => {
  await openWithEveryField(page);
  const name = nameField(page);
  for (let attempt = 0; attempt < 10; attempt++) {
    await name.fill('');
    await name.focus();
    await typeBurst(page, TELEX_NGUYEN_VAN_BINH);
    await expect(name).toHaveValue('Nguyễn Văn Bình');
  }
  await page.reload();
  await expect(name).toHaveValue('Nguyễn Văn Bình');
});

test('a burst typed while the previous save is still pending is not undone by it', async ({ page }) => {
  await openWithEveryField(page);
  const note = page.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ });
  await note.focus();
  await typeBurst(page, TELEX_DA_HOI_TRAM);
  // No pause: the next burst lands while the first is being saved and drawn again.
  await typeBurst(page, [', ', ...TELEX_DA_HOI_TRAM]);
  await expect(note).toHaveValue('Đã hỏi trạm, Đã hỏi trạm');
  await page.reload();
  await expect(note).toHaveValue('Đã hỏi trạm, Đã hỏi trạm');
});

test('0 ms typing into every text field, then a reload: every string exactly as typed', async ({ page }) => {
  await openWithEveryField(page);
  for (const [field, text] of everyField(page)) {
    await field.focus();
    await page.keyboard.type(text, { delay: 0 });
  }
  for (const [field, text] of everyField(page)) await expect(field).toHaveValue(text);
  await page.reload();
  await expect(page.locator('.sa-app')).toBeVisible();
  for (const [field, text] of everyField(page)) await expect(field).toHaveValue(text);
});

test('IME composition (compositionstart/update/end) is neither interrupted nor doubled', async ({ page }) => {
  await openWithEveryField(page);
  const session = await page.context().newCDPSession(page);
  const name = nameField(page);
  await name.focus();
  await composeWord(session, ['N', 'Ng', 'Ngu', 'Nguy', 'Nguye', 'Nguyê', 'Nguyên', 'Nguyễn'], 'Nguyễn');
  await page.keyboard.insertText(' ');
  await composeWord(session, ['V', 'Va', 'Vă', 'Văn'], 'Văn');
  await page.keyboard.insertText(' ');
  await composeWord(session, ['B', 'Bi', 'Bin', 'Binh', 'Bình'], 'Bình');
  await expect(name).toHaveValue('Nguyễn Văn Bình');
  await name.blur();
  await expect
    .poll(async () => JSON.parse((await savedState(page))['dvc-phu-cat:self-assessment:profile']!).data.name)
    .toBe('Nguyễn Văn Bình');
});

test('a CCCD typed slowly into staff code and note: none of its digits is saved or exported', async ({ page }) => {
  const cccd = persona.idNumber;
  await openAssessment(page);
  await start(page);
  await fillProfile(page);
  const staffCode = page.getByRole('textbox', { name: /Mã nhân viên/ });
  const note = page.getByRole('textbox', { name: /Ghi chú cho phòng TCHC/ });
  await staffCode.focus();
  await page.keyboard.type(cccd, { delay: 90 });
  await note.focus();
  await page.keyboard.type(`Liên hệ ${cccd}`, { delay: 90 });
  await expect(page.getByRole('alert').filter({ hasText: 'CCCD' })).toHaveCount(2);

  // Export is refused while a field holds the number, naming each field.
  await page.getByRole('button', { name: 'Xuất tệp kết quả' }).click();
  const errors = page.locator('#loi-xuat-tep');
  await expect(errors).toBeFocused();
  await expect(errors.getByRole('link', { name: /^Mã nhân viên.*CCCD/ })).toBeVisible();
  await expect(errors.getByRole('link', { name: /^Ghi chú cho phòng TCHC.*CCCD/ })).toBeVisible();
  // No prefix of it either: a run of its first digits is long enough to give it away.
  const runs = [0, 2, 4, 7].map((start) => cccd.slice(start, start + 5));
  const leaks = (text: string) => runs.filter((run) => text.includes(run));
  expect(leaks(JSON.stringify(await savedState(page)))).toEqual([]);

  await staffCode.fill('NV-17');
  await note.fill('Liên hệ qua phòng TCHC');
  const { text } = await exportFile(page);
  // The random person id and the checksum are left out of the search: hex digits could match by chance.
  const { checksum: _checksum, ...file } = JSON.parse(text) as Record<string, any>;
  expect(leaks(JSON.stringify({ ...file, person: { ...file['person'], id: null } }))).toEqual([]);
  expect(file['person'].staffCode).toBe('NV-17');
  expect(leaks(JSON.stringify(await savedState(page)))).toEqual([]);
});

test('a count too big gets its own message and is not cut short', async ({ page }) => {
  await openWithEveryField(page);
  const count = item(page, ITEMS.submit).getByRole('textbox', { name: /Số hồ sơ bạn đã nộp/ });
  for (const typed of ['10001', '999999', '12345678']) {
    await count.fill(typed);
    await count.blur();
    await expect(count).toHaveValue(typed);
    await expect(count).toHaveAccessibleDescription(/Số quá lớn \(tối đa 10\.000 hồ sơ\)/);
  }
});

test.describe('closing the confirm dialog gives focus back to the button that opened it', () => {
  for (const [how, close] of [
    ['Hủy', (page: Page) => page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()],
    ['Escape', (page: Page) => page.keyboard.press('Escape')],
    ['a click outside', (page: Page) => page.mouse.click(5, 5)],
  ] as const) {
    test(how, async ({ page }) => {
      await openAssessment(page);
      await start(page);
      const clear = page.getByRole('button', { name: 'Xóa dữ liệu của tôi' });
      await clear.click();
      await expect(page.getByRole('dialog', { name: /Xóa toàn bộ dữ liệu/ })).toBeVisible();
      await close(page);
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(clear).toBeFocused();
      await expect(page.getByRole('heading', { name: 'Bạn đang ở đâu' })).toBeVisible();
    });
  }
});

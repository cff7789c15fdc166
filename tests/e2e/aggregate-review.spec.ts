/**
 * The second hand-checked set (src/aggregate/test-fixtures.ts REVIEW_SET) against the built site: two
 * people sharing a staff code, a roster, a reply from someone not on it, a failed quiz, "Không áp
 * dụng" with reasons and a note. Every figure the page prints for the units involved is asserted.
 *
 * Worked out by hand (roster basis; the roster lists Nhung, Phúc in Khoa Nội; Trùng Mã, Quân in Khoa
 * Nhi; Long in Trạm Cát Tân; no one elsewhere):
 * - Khoa Nội, Nhung (all done, 3 of 4 dossiers reused, quiz 9/10) and Phúc (linking not done, "Lấy từ
 *   kho" N/A, 0 of 1, no quiz): 2/2 replied; req. 1 2/2; req. 2 1/2; req. 3 3/5 = 60% (met: 60 ≥ 60).
 * - Khoa Nhi, Trùng Mã (payment N/A, "Lấy từ kho" not done, 0 of 2, quiz 6/10 failed): 1/2; req. 1 1/2
 *   (payment does not apply, submitting done); req. 2 1/2; req. 3 0/2.
 * - Trạm Cát Tân: Long has not sent; Lạ replied but is not on the roster: 0/1, and never 1/1.
 * - Total: 3/5; req. 1 3/5 = 60%; req. 2 2/5 = 40%; req. 3 3/7 = 42,9%; quiz passed 1/3, average
 *   (90 + 60) / 2 = 75%.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { readXlsxSheets } from '../../src/aggregate/xlsx';
import { REVIEW_ROSTER_CSV, REVIEW_SET, writePerson } from '../../src/aggregate/test-fixtures';
import { expect, test, type Page } from './support/test';

const NOW = new Date('2026-11-29T09:00:00+07:00');

const settings = load(readFileSync(new URL('../../content/organisation.yaml', import.meta.url), 'utf8')) as {
  units: Array<{ id: string; headcount?: number }>;
};
const headcount = (id: string) => settings.units.find((unit) => unit.id === id)?.headcount ?? 0;
const requirements = load(
  readFileSync(new URL('../../content/directive/requirements.yaml', import.meta.url), 'utf8'),
) as Array<{ target: string; howMeasured?: string }>;
const HOW_MEASURED = requirements.find((r) => r.target === 'digitisedReuse')!.howMeasured!.replace(/\s+/g, ' ');

const files = () =>
  REVIEW_SET.map(writePerson).map(({ fileName, text }) => ({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  }));

async function open(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('tong-hop/');
  await expect(page.getByRole('button', { name: 'Chọn tệp (.json, .zip)…' })).toBeEnabled();
}

async function pick(page: Page, button: string, payload: Parameters<Page['setInputFiles']>[1]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(payload);
}

const table = (page: Page) => page.getByRole('table', { name: /Kết quả thực hiện năm 2024/ });
const row = (page: Page, name: string) => table(page).getByRole('row', { name: new RegExp(`^${name}`) });

/** Every cell of a unit's row, in column order (respondents, 5 items, 2 simulators, quiz, 3 targets). */
async function expectRow(page: Page, name: string, cells: string[]) {
  await expect(row(page, name).getByRole('cell')).toHaveText(cells);
}

const NO_SIM = 'chưa có mô phỏng';

async function expectRosterFigures(page: Page) {
  await expectRow(page, 'Khoa Nội tổng hợp', [
    '2/2',
    '100%2/2',
    '50%1/2',
    '100%2/2',
    '100%2/2',
    '100%1/11 không áp dụng',
    NO_SIM,
    NO_SIM,
    '50%1/2TB 90%',
    '100%2/2 người✓ Đạt',
    '50%1/2 người✗ Chưa đạt',
    '60%3/5 hồ sơ✓ Đạt1/2 người đã dùng lại',
  ]);
  await expectRow(page, 'Khoa Nhi', [
    '1/2',
    '100%1/1',
    '100%1/1',
    '100%1/1',
    '—0/01 không áp dụng',
    '0%0/1',
    NO_SIM,
    NO_SIM,
    '0%0/1TB 60%',
    '50%1/2 người✗ Chưa đạt',
    '50%1/2 người✗ Chưa đạt',
    '0%0/2 hồ sơ✗ Chưa đạt0/1 người đã dùng lại',
  ]);
}

test.describe('the aggregation report with a roster and look-alike people', () => {
  test('asks before merging a shared staff code, counts against the roster, shows every answer', async ({ page }) => {
    test.slow(); // a load, a roster, a reload and an export
    await open(page);
    await pick(page, 'Chọn tệp (.json, .zip)…', files());
    await expect(page.getByRole('status')).toContainText('nhận 4 tệp, từ chối 0 tệp');

    // 1. Nhung and the newer file sharing her code are not merged: both count, both are shown.
    const review = page.locator('.agg-review');
    await expect(review.getByRole('heading', { name: 'Cần người xem lại' })).toBeVisible();
    await expect(review).toContainText('Các tệp trùng mã nhân viên');
    await expect(review).toContainText('Khác họ tên hoặc khác đơn vị');
    const cards = review.locator('.agg-review-card');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText('Nguyễn Thị Nhung');
    await expect(cards.nth(0)).toContainText('Khoa Nội tổng hợp');
    await expect(cards.nth(1)).toContainText('Lê Thị Trùng Mã');
    await expect(cards.nth(1)).toContainText('Khoa Nhi');
    await expect(page.locator('.agg-counts')).toContainText('Số người (mỗi người tính một lần)4');
    await expect(row(page, 'Khoa Nội tổng hợp').getByRole('cell').nth(0)).toHaveText(`2/${headcount('khoa-noi')}`);
    await expect(row(page, 'Khoa Nhi').getByRole('cell').nth(0)).toHaveText(`1/${headcount('khoa-nhi')}`);
    await review.getByRole('button', { name: 'Để riêng từng người' }).click();
    await expect(review.locator('.agg-review-card')).toHaveCount(0);
    await expect(review).toContainText('Đã quyết định 1 trường hợp trước đây.');

    // 2. With the roster: roster people who replied ÷ roster size; Lạ is listed apart.
    await pick(page, 'Chọn danh sách nhân sự (.csv, .xlsx)…', {
      name: 'nhan-su.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REVIEW_ROSTER_CSV),
    });
    await expect(page.getByText('Đang dùng danh sách “nhan-su.csv”: 5 người.')).toBeVisible();
    await expect(table(page).locator('caption')).toContainText('theo danh sách nhân sự đã nạp');
    await expectRosterFigures(page);
    await expectRow(page, 'Trạm Y tế xã Cát Tân', [
      '0/1+1 người ngoài danh sách, không tính',
      '—0/0',
      '—0/0',
      '—0/0',
      '—0/0',
      '—0/0',
      NO_SIM,
      NO_SIM,
      '—0/0TB —',
      '0%0/1 người✗ Chưa đạt',
      '0%0/1 người✗ Chưa đạt',
      '—0/0 hồ sơ– Chưa có số liệu0/0 người đã dùng lại',
    ]);
    // A unit the roster does not list has no one to count.
    await expect(row(page, 'Ban Giám đốc').getByRole('cell').nth(0)).toHaveText('0/0');
    await expectRow(page, 'Tổng cộng', [
      '3/5+1 người ngoài danh sách, không tính',
      '100%3/3',
      '66,7%2/3',
      '100%3/3',
      '100%2/21 không áp dụng',
      '50%1/21 không áp dụng',
      NO_SIM,
      NO_SIM,
      '33,3%1/3TB 75%',
      '60%3/5 người✗ Chưa đạt',
      '40%2/5 người✗ Chưa đạt',
      '42,9%3/7 hồ sơ✗ Chưa đạt1/3 người đã dùng lại',
    ]);
    const offRoster = page.locator('.agg-off-roster');
    await expect(offRoster.getByRole('heading', { name: 'Không có trong danh sách nhân sự (1)' })).toBeVisible();
    await expect(offRoster).toContainText('Võ Thị Lạ — Trạm Y tế xã Cát Tân');
    await page.getByText(/^Chưa gửi tệp \(theo danh sách nhân sự\): 2 người/).click();
    await expect(page.locator('.agg-missing-unit').filter({ hasText: 'Khoa Nhi (1)' })).toContainText('Đỗ Minh Quân');
    await expect(page.locator('.agg-missing-unit').filter({ hasText: 'Trạm Y tế xã Cát Tân (1)' })).toContainText(
      'Bùi Đức Long',
    );

    // 3. Every answer: a unit opens its people, a person their whole file.
    await row(page, 'Khoa Nhi').getByRole('button', { name: 'Xem từng người (1)' }).click();
    await page.getByText('Lê Thị Trùng Mã (nv-0123 )', { exact: true }).click();
    const trungMa = page.locator('.agg-person').filter({ hasText: 'Khoa Nhi' });
    await expect(trungMa.getByRole('row', { name: /^Thanh toán trực tuyến/ })).toHaveText(
      'Thanh toán trực tuyếnKhông áp dụngThủ tục tôi nộp không có phí, lệ phí',
    );
    await expect(trungMa.getByRole('row', { name: /^Dùng lại kết quả/ })).toContainText('Chưa làm');
    // 4. A failed quiz is not "not taken".
    await expect(trungMa).toContainText('Bài kiểm tra kiến thứcChưa đạt 6/10');
    await expect(trungMa).toContainText('Đã nộp trực tuyến: 2; Có dùng lại giấy tờ số hóa: 0');
    await row(page, 'Khoa Nội tổng hợp').getByRole('button', { name: 'Xem từng người (2)' }).click();
    await page.getByText('Nguyễn Thị Nhung (NV-0123)', { exact: true }).click();
    const nhung = page.locator('.agg-person').filter({ hasText: 'Đạt 9/10' });
    await expect(nhung).toContainText('Ghi chú của người gửiĐã hướng dẫn cả khoa cách “Lấy từ kho”.');
    await page.getByText('Trần Văn Phúc', { exact: true }).click();
    await expect(
      page.locator('.agg-person').filter({ hasText: 'Kho dữ liệu của tôi chưa có giấy tờ nào' }),
    ).toContainText('Bài kiểm tra kiến thứcChưa làm');

    // "Không áp dụng" reasons, per item, for the office to accept or challenge.
    await page.getByText('Thanh toán trực tuyến: 1 người không áp dụng').click();
    await expect(page.getByText('Lê Thị Trùng Mã (nv-0123 ): Thủ tục tôi nộp không có phí, lệ phí')).toBeVisible();
    await page.getByText(/^Bài kiểm tra kiến thức \(chưa làm hoặc chưa đạt\): 2 người/).click();
    await expect(page.getByText('Lê Thị Trùng Mã (nv-0123 ) — Chưa đạt 6/10')).toBeVisible();
    await expect(page.getByText('Trần Văn Phúc — Chưa làm')).toBeVisible();

    // The 60% figure says how it is computed, in the one sentence kept in content/.
    await expect(page.locator('.agg-reuse-measure')).toHaveText(`Chỉ tiêu 60% được tính thế nào${HOW_MEASURED}`);

    // Adding Lạ to the roster counts her, in her own place: Long still has not sent.
    await offRoster.getByRole('button', { name: 'Thêm vào danh sách nhân sự' }).click();
    await expect(row(page, 'Trạm Y tế xã Cát Tân').getByRole('cell').nth(0)).toHaveText('1/2');
    await expect(row(page, 'Trạm Y tế xã Cát Tân').getByRole('cell').nth(9)).toHaveText('50%1/2 người✗ Chưa đạt');
    await expect(offRoster).toContainText('Võ Thị Lạ — Trạm Y tế xã Cát Tân: đã thêm vào danh sách nhân sự');
    await expect(row(page, 'Tổng cộng').getByRole('cell').nth(0)).toHaveText('4/6');
    await expect(row(page, 'Tổng cộng').getByRole('cell').nth(11)).toHaveText(
      '55,6%5/9 hồ sơ✗ Chưa đạt2/4 người đã dùng lại',
    );

    // Remembered in this browser: the review decision and the roster choice survive a reload.
    await page.reload();
    await expect(row(page, 'Trạm Y tế xã Cát Tân').getByRole('cell').nth(0)).toHaveText('1/2');
    await expect(page.locator('.agg-review-card')).toHaveCount(0);
    await expectRosterFigures(page);

    // The .xlsx: "Từng người" holds every answer, "Không áp dụng" every reason, the summary the basis.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bảng tính Excel (.xlsx)' }).click();
    const sheets = readXlsxSheets(new Uint8Array(readFileSync(await (await download).path())));
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp theo đơn vị',
      'Theo từng việc',
      'Người còn thiếu',
      'Từng người',
      'Không áp dụng',
      'Chưa gửi tệp',
    ]);
    const [summary, perItem, , people, notApplicable, notSent] = sheets;
    const cell = (rows: string[][], key: string, column: string) =>
      rows.find((r) => r.includes(key))![rows[0]!.indexOf(column)];
    expect(cell(summary!.rows, 'Khoa Nội tổng hợp', 'Số người đã gửi (được tính)')).toBe('2');
    expect(cell(summary!.rows, 'Khoa Nội tổng hợp', 'Số người lấy theo')).toBe('danh sách nhân sự');
    expect(cell(summary!.rows, 'Trạm Y tế xã Cát Tân', 'Số người của đơn vị')).toBe('2');
    // The per-item counts live on "Theo từng việc", one row per unit and item.
    expect(
      perItem!.rows.find((r) => r[0] === 'Khoa Nhi' && r[1] === 'Thanh toán trực tuyến')![
        perItem!.rows[0]!.indexOf('Không áp dụng')
      ],
    ).toBe('1');
    expect(cell(summary!.rows, 'Khoa Nhi', 'Bài kiểm tra kiến thức: số người chưa đạt')).toBe('1');
    expect(cell(people!.rows, 'Lê Thị Trùng Mã', 'Bài kiểm tra kiến thức')).toBe('Chưa đạt 6/10');
    expect(cell(people!.rows, 'Lê Thị Trùng Mã', 'Thanh toán trực tuyến')).toBe('Không áp dụng');
    expect(cell(people!.rows, 'Lê Thị Trùng Mã', 'Thanh toán trực tuyến: lý do, ghi chú')).toBe(
      'Thủ tục tôi nộp không có phí, lệ phí',
    );
    expect(cell(people!.rows, 'Trần Văn Phúc', 'Bài kiểm tra kiến thức')).toBe('Chưa làm');
    expect(cell(people!.rows, 'Nguyễn Thị Nhung', 'Bài kiểm tra kiến thức')).toBe('Đạt 9/10');
    expect(cell(people!.rows, 'Nguyễn Thị Nhung', 'Ghi chú của người gửi')).toBe(
      'Đã hướng dẫn cả khoa cách “Lấy từ kho”.',
    );
    expect(cell(people!.rows, 'Võ Thị Lạ', 'Tính vào số liệu')).toBe('Có');
    expect(notApplicable!.rows.slice(1)).toEqual([
      ['Thanh toán trực tuyến', 'Khoa Nhi', 'Lê Thị Trùng Mã', 'nv-0123 ', 'Thủ tục tôi nộp không có phí, lệ phí'],
      [
        'Dùng lại kết quả số hóa (“Lấy từ kho”)',
        'Khoa Nội tổng hợp',
        'Trần Văn Phúc',
        '',
        'Kho dữ liệu của tôi chưa có giấy tờ nào',
      ],
    ]);
    expect(notSent!.rows.slice(1).map((r) => r[1])).toEqual(['Đỗ Minh Quân', 'Bùi Đức Long']);
    // "Từng người" is too wide for one page: five pages wide, the name columns frozen; the summary one page.
    expect(people!.xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="5" fitToHeight="0"/>');
    expect(people!.xml).toContain(
      '<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>',
    );
    expect(summary!.xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(summary!.rows[0]!.length).toBeLessThanOrEqual(27);

    // The printout says the same, with the basis and the 60% sentence.
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('article', { name: 'Báo cáo tổng hợp' });
    await expect(printed).toContainText(HOW_MEASURED);
    await expect(printed).toContainText('Số người của đơn vị lấy theo danh sách nhân sự đã nạp.');
    await expect(printed.getByRole('row', { name: /Khoa Nhi/ })).toContainText('50% (1/2 người) ✗ Chưa đạt');
    // With Lạ added: 4/6 replied; req. 1 4/6; req. 2 3/6; req. 3 (3 + 0 + 0 + 2) / (4 + 2 + 1 + 2) = 5/9.
    const printedTotal = printed.getByRole('row', { name: /Tổng cộng/ });
    await expect(printedTotal).toContainText('4/6');
    await expect(printedTotal).toContainText('66,7% (4/6 người) ✗ Chưa đạt');
    await expect(printedTotal).toContainText('50% (3/6 người) ✗ Chưa đạt');
    await expect(printedTotal).toContainText('55,6% (5/9 hồ sơ) ✗ Chưa đạt');
  });

  test('keeps a zero-width-space twin apart from the real name, flags it, and isolates a bidi override', async ({
    page,
  }) => {
    await open(page);
    const real = writePerson({ ...REVIEW_SET[0]!, name: 'Phạm Ngọc Thảo Vy', staffCode: null });
    const twin = writePerson({
      ...REVIEW_SET[0]!,
      id: '00000000-0000-4000-8000-0000000000ff',
      name: 'Phạm\u200B Ngọc Thảo Vy',
      staffCode: null,
    });
    const reversed = writePerson({
      ...REVIEW_SET[2]!,
      name: '\u202EAn Văn Lê',
    });
    await pick(
      page,
      'Chọn tệp (.json, .zip)…',
      [real, twin, reversed].map(({ fileName, text }) => ({
        name: fileName,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      })),
    );
    const review = page.locator('.agg-review');
    await expect(review).toContainText('Các tệp trùng họ tên trong cùng đơn vị');
    await expect(review).toContainText('Cùng họ tên, cùng đơn vị');
    await expect(review.locator('.agg-review-card .agg-warning')).toHaveCount(1);
    await expect(review.locator('.agg-review-card').nth(1)).toContainText('ký tự ẩn');
    await row(page, 'Khoa Nội tổng hợp').getByRole('button', { name: 'Xem từng người (3)' }).click();
    // The override stays inside its <bdi>: the words after the name read left to right as written.
    const summary = page.locator('.agg-people summary').filter({ hasText: 'An Văn Lê' });
    await expect(summary.locator('bdi')).toHaveCount(1);
    await summary.click();
    await expect(page.locator('.agg-person .agg-warning').first()).toContainText('ký tự ẩn');
  });
});

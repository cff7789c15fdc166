import { expect, test, type Page } from './support/test';
import { axeViolations } from './support/axe';
import { MODE_PARAM, modeSlugs } from '../../src/simulator/mode-links';
import { scenarioPath, scenarios } from '../../src/simulator/scenarios';
import { openAssessment, start } from './support/self-assessment';
import { watchPage } from './support/watch-page';

const scenarioCatalogue = scenarios.map((entry) => ({ ...entry, path: scenarioPath(entry.id) }));

const HUB = 'luyen-tap/';
const RESULTS_KEY = 'dvc-phu-cat:simulator-results';
const runsKey = (id: string) => `dvc-phu-cat:simulator-runs:${id}`;
const MODE_LINKS = { demo: 'Xem minh họa', guided: 'Hướng dẫn', practice: 'Thực hành', test: 'Kiểm tra' } as const;
const VNEID = scenarioCatalogue.find((entry) => entry.id === 'lien-ket-vneid')!;
const KHO = scenarioCatalogue.find((entry) => entry.id === 'lay-tu-kho')!;

const passedTest = { bestScore: 92, maxScore: 100, passed: true, completedAt: '2026-11-28T10:00:00+07:00' };

/** A run as the simulator saves it: `done` steps, of which `skipped` were jumped over by a branch. */
function savedRuns(scenarioId: string, done: string[], skipped: string[] = []) {
  const run = {
    scenarioId,
    mode: 'guided',
    seed: 7,
    position: done.length,
    done,
    skipped,
    fields: {},
    misses: {},
    hints: [],
    openedAt: null,
    startedAt: 1_764_000_000_000,
    finishedAt: null,
  };
  return JSON.stringify({ version: 1, data: { mode: 'guided', runs: { guided: run } } });
}

const card = (page: Page, title: string) => page.getByRole('region', { name: title });
/** One mode's line in a card's progress list. */
const status = (page: Page, title: string, mode: string) =>
  card(page, title)
    .locator('dl > div')
    .filter({ hasText: `${mode}:` });

async function openHub(page: Page) {
  await page.goto(HUB);
  await expect(page.getByRole('heading', { name: 'Tiến độ và kết quả của bạn' })).toHaveCount(scenarioCatalogue.length);
}

/** Saves values as the simulators would have, then reloads so the page reads them as a returning visitor. */
async function seed(page: Page, values: Record<string, string>) {
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tiến độ và kết quả của bạn' })).toHaveCount(scenarioCatalogue.length);
}

const savedItem = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);

test('a first visit shows every simulator with its four modes, and nothing done', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openHub(page);
  for (const entry of scenarioCatalogue) {
    const region = card(page, entry.title);
    await expect(region.getByRole('heading', { level: 2, name: entry.title })).toBeVisible();
    await expect(region.getByRole('link', { name: /^Đọc Phụ lục/ })).toHaveAttribute('href', entry.guide.path);
    const modes = region.getByRole('list', { name: 'Mở trình mô phỏng ở chế độ:' }).getByRole('link');
    await expect(modes).toHaveCount(4);
    for (const [mode, label] of Object.entries(MODE_LINKS)) {
      const href = `${entry.path}?${MODE_PARAM}=${modeSlugs[mode as keyof typeof MODE_LINKS]}`;
      await expect(modes.filter({ hasText: label })).toHaveAttribute('href', href);
    }
    await expect(region.getByText('Chưa làm', { exact: true })).toHaveCount(3);
    await expect(region.getByRole('button', { name: 'Xóa tiến độ và kết quả' })).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});

test('saved results and a run in progress are shown per mode', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openHub(page);
  const results = { 'lien-ket-vneid': { test: passedTest, practice: { ...passedTest, bestScore: 70, passed: false } } };
  await seed(page, {
    [RESULTS_KEY]: JSON.stringify({ version: 1, data: results }),
    [runsKey(VNEID.id)]: savedRuns(VNEID.id, ['s1', 's2', 's3', 's4', 's5'], ['s3']),
  });
  await expect(status(page, VNEID.title, 'Kiểm tra')).toHaveText(
    'Kiểm tra: Điểm cao nhất 92/100, Đạt, ngày 28/11/2026',
  );
  // Only Kiểm tra is scored: Thực hành says it was done, not how many points.
  await expect(status(page, VNEID.title, 'Thực hành')).toHaveText('Thực hành: Đã làm hết các bước, ngày 28/11/2026');
  await expect(status(page, VNEID.title, 'Hướng dẫn')).toHaveText('Hướng dẫn: Đang làm dở: đã xong 4 thao tác');
  await expect(card(page, KHO.title).getByText('Chưa làm', { exact: true })).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('reset by keyboard clears one simulator only, and the self-assessment no longer counts it', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openHub(page);
  const results = { 'lien-ket-vneid': { test: passedTest }, 'lay-tu-kho': { test: passedTest } };
  await seed(page, {
    [RESULTS_KEY]: JSON.stringify({ version: 1, data: results }),
    [runsKey(VNEID.id)]: savedRuns(VNEID.id, ['s1', 's2']),
    [runsKey(KHO.id)]: savedRuns(KHO.id, ['k1']),
  });
  const region = card(page, VNEID.title);
  const reset = region.getByRole('button', { name: 'Xóa tiến độ và kết quả' });

  // Escape takes the question back, and nothing is removed.
  await reset.focus();
  await page.keyboard.press('Enter');
  const question = region.getByRole('group', { name: /Sau đó trang Tự đánh giá sẽ coi như bạn chưa làm mô phỏng này/ });
  await expect(question.getByRole('button', { name: 'Không xóa' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reset).toBeFocused();
  await expect(region.getByRole('status')).toHaveText('Chưa xóa gì.');
  expect(await savedItem(page, runsKey(VNEID.id))).not.toBeNull();

  await page.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Không xóa' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Có, xóa' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('status')).toHaveText(`Đã xóa tiến độ và kết quả của mô phỏng “${VNEID.title}”.`);
  await expect(region.getByRole('heading', { name: 'Tiến độ và kết quả của bạn' })).toBeFocused();
  await expect(region.getByText('Chưa làm', { exact: true })).toHaveCount(3);
  await expect(reset).toHaveCount(0);
  await expect(status(page, KHO.title, 'Kiểm tra')).toContainText('Đạt');
  await expect(status(page, KHO.title, 'Hướng dẫn')).toContainText('Đang làm dở: đã xong 1 thao tác');

  expect(await savedItem(page, runsKey(VNEID.id))).toBeNull();
  expect(await savedItem(page, runsKey(KHO.id))).not.toBeNull();
  expect(JSON.parse((await savedItem(page, RESULTS_KEY))!).data).toEqual({ 'lay-tu-kho': { test: passedTest } });

  await openAssessment(page);
  await start(page);
  const simulators = page.getByRole('region', { name: 'Luyện tập trên màn hình mô phỏng' });
  await expect(simulators.getByRole('listitem').filter({ hasText: /liên kết tài khoản/i })).toContainText(
    'Chưa làm phần Kiểm tra.',
  );
  await expect(simulators.getByRole('listitem').filter({ hasText: /lấy kết quả từ kho/i })).toContainText(
    'Đã đạt phần Kiểm tra: 92/100, ngày 28/11/2026',
  );
  await expect(page.getByRole('region', { name: 'Bạn đang ở đâu' })).toContainText(
    `Đã hoàn thành 1/${6 + scenarioCatalogue.length} việc`,
  );
  expect(problems).toEqual([]);
});

test('a mode link opens the simulator in that mode', async ({ page }) => {
  await openHub(page);
  await card(page, VNEID.title).getByRole('link', { name: 'Kiểm tra', exact: true }).click();
  // The simulator reads the mode from the address, then tidies the address: only the page is checked here.
  await expect(page).toHaveURL(new RegExp(`${VNEID.path}(\\?|$)`));
  await expect(page.getByRole('button', { name: 'Kiểm tra', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme at 360 px`, () => {
    test.use({ colorScheme, viewport: { width: 360, height: 740 } });

    test('axe finds nothing, with results and the reset question open, and nothing scrolls sideways', async ({
      page,
    }) => {
      await openHub(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await seed(page, {
        [RESULTS_KEY]: JSON.stringify({ version: 1, data: { 'lien-ket-vneid': { test: passedTest } } }),
        [runsKey(KHO.id)]: savedRuns(KHO.id, ['k1']),
      });
      await card(page, VNEID.title).getByRole('button', { name: 'Xóa tiến độ và kết quả' }).click();
      await expect(card(page, VNEID.title).getByRole('button', { name: 'Có, xóa' })).toBeVisible();
      expect(await axeViolations(page, 'hub')).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

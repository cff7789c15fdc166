// The aggregation page at scale: generates synthetic result files (valid, duplicated, invalid) with the
// site's own writer, feeds 500 and then 5,000 of them to the BUILT /tong-hop/ page in headless Chromium
// through the file input, and prints the time from setting the files to the report's total row being
// visible, the JS heap afterwards, and the longest task (how long the page stopped answering clicks).
// Run alone (`node scripts/bench-aggregate.mjs`, after a build) or at the end of `npm run bench`.
import { chromiumLaunchOptions } from './chromium.mjs';
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { serveDist } from './serve-dist.mjs';

const outDir = process.env.SITE_OUT_DIR ?? 'dist';
const SIZES = [500, 5000];

// The writer is TypeScript with extensionless imports: load it through Vite, as the site build does.
const vite = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false },
});
const { writeResultFile } = await vite.ssrLoadModule('/src/result-file/index.ts');
const { sampleDraft } = await vite.ssrLoadModule('/src/result-file/test-fixtures.ts');
const { organisation } = await vite.ssrLoadModule('/src/organisation/index.ts');
await vite.close();

/** A small deterministic generator, so every run measures the same files. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Đức', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đào',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Oanh',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Uyên',
  'Vy',
  'Yến',
];
const ANSWERS = ['done', 'done', 'done', 'not-done', 'not-applicable', null];
const ITEMS = ['vneid-muc-2', 'lien-ket-dvcqg', 'nop-ho-so-truc-tuyen', 'thanh-toan-truc-tuyen', 'lay-tu-kho'];

function personFile(rand, index, day) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const unit = pick(organisation.units);
  const draft = sampleDraft();
  const exportedAt = `2026-11-${String(day).padStart(2, '0')}T${String(8 + (index % 9)).padStart(2, '0')}:00:00+07:00`;
  draft.person = {
    id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    name: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    unitId: unit.id,
    unitName: unit.name,
    staffCode: rand() < 0.5 ? `NV-${index}` : null,
  };
  draft.checklist = ITEMS.map((id) => {
    const answer = pick(ANSWERS);
    return {
      id,
      answer,
      date: null,
      reason: answer === 'not-applicable' ? 'Không có thủ tục' : null,
      answeredAt: answer ? exportedAt : null,
    };
  });
  const submitted = Math.floor(rand() * 6);
  draft.dossiers = { year: 2024, submittedOnline: submitted, reusedDigitised: Math.floor(rand() * (submitted + 1)) };
  const score = Math.floor(rand() * 17);
  draft.quiz =
    rand() < 0.8
      ? { bestScore: score, maxScore: 16, passPercent: 80, passed: score * 100 >= 80 * 16, completedAt: exportedAt }
      : null;
  draft.note = null;
  draft.exportedAt = exportedAt;
  return writeResultFile(draft);
}

/** `count` files: 80% distinct people, 10% older exports of some of them, 10% invalid of three kinds. */
function syntheticFiles(count) {
  const rand = random(count);
  const files = [];
  const people = Math.round(count * 0.8);
  const duplicates = Math.round(count * 0.1);
  for (let i = 0; i < people; i++) {
    const { fileName, text } = personFile(rand, i + 1, 20 + (i % 8));
    files.push({ name: `${i}_${fileName}`, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
  for (let i = 0; i < duplicates; i++) {
    const { fileName, text } = personFile(random(i + 1), i + 1, 10 + (i % 8));
    files.push({ name: `cu_${i}_${fileName}`, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
  for (let i = 0; files.length < count; i++) {
    const kind = i % 3;
    const good = personFile(rand, 900000 + i, 21).text;
    const text =
      kind === 0
        ? 'không phải JSON'
        : kind === 1
          ? good.replace('"year": 2024', '"year": 2023')
          : good.replace(organisation.name, 'Trung tâm Y tế huyện Tây Sơn');
    files.push({ name: `loi_${i}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
  return files;
}

const server = await serveDist(outDir);
const browser = await chromium.launch(chromiumLaunchOptions);

const results = [];
for (const size of SIZES) {
  const files = syntheticFiles(size);
  const bytes = files.reduce((sum, file) => sum + file.buffer.length, 0);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}tong-hop/`);
  await page.getByText('Chưa có tệp hợp lệ nào').waitFor();
  await page.evaluate(() => {
    // Playwright hands buffers to the page by building File objects in the page itself, which blocks it
    // for a while before the input's change event: a real file picker does not. So the page's own time
    // is also measured, from the change event, and only its long tasks count.
    window.__tasks = [];
    document.addEventListener('change', () => (window.__changeAt ??= performance.now()), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: false });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = performance.now();
  await page.getByTestId('agg-files').setInputFiles(files);
  await page.getByRole('row', { name: /^Tổng cộng/ }).waitFor({ timeout: 120_000 });
  await page.getByRole('status').getByText('Đã kiểm tra xong').waitFor({ timeout: 120_000 });
  const seconds = (performance.now() - started) / 1000;
  const page_ = await page.evaluate(() => ({
    pageSeconds: (performance.now() - window.__changeAt) / 1000,
    longestTaskMs: Math.max(
      0,
      ...window.__tasks.filter(([start]) => start >= window.__changeAt).map(([, duration]) => duration),
    ),
  }));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const status = await page.getByRole('status').textContent();
  results.push({
    files: size,
    megabytes: bytes / 1048576,
    seconds,
    pageSeconds: page_.pageSeconds,
    heapMegabytes: heap / 1048576,
    longestTaskMs: page_.longestTaskMs,
    status,
  });
  await context.close();
}
await browser.close();
server.close();

console.log(
  '\nAggregation page (/tong-hop/): load → check → report, synthetic files (80% valid, 10% duplicates, 10% invalid):',
);
console.log(
  "time: from setInputFiles to the total row visible; page: from the input's change event (without Playwright's file transfer)",
);
console.log('files    input MB   time (s)   page (s)   JS heap MB   longest task in page (ms)');
for (const r of results) {
  console.log(
    `${String(r.files).padStart(5)} ${r.megabytes.toFixed(1).padStart(10)} ${r.seconds.toFixed(2).padStart(10)} ${r.pageSeconds.toFixed(2).padStart(10)} ${r.heapMegabytes.toFixed(1).padStart(12)} ${Math.round(r.longestTaskMs).toString().padStart(27)}`,
  );
}
for (const r of results) console.log(`  ${r.files}: ${r.status}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/aggregate.json', `${JSON.stringify({ results }, null, 2)}\n`);

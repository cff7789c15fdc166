// The aggregation page at scale: writes 500, 5,000 and 20,000 synthetic result files, valid and signed by
// the site's own writer (as the tests make theirs; 10% of them older exports of the same people), to a
// temporary folder, and in ONE headless Chromium measures for each size, from the file input's change event:
// - the floor: a bare page that only reads every file (File.text()) and JSON.parses it, on the main thread;
// - the BUILT /tong-hop/ page: time to the full report (total row drawn and the status line "Đã kiểm tra
//   xong", i.e. after the set is saved to IndexedDB), and its longest main-thread task (Long Tasks API).
// The report ÷ floor ratio is the figure to compare across runs: the machine may be shared, so the load
// average is printed beside each row. Files are handed over as paths, as a real picker does (no copying
// through Playwright). BENCH_SIZES=500,5000 picks sizes; BENCH_KEEP=1 keeps the folders (for a profile). Run alone (`npx node scripts/bench-aggregate.mjs`,
// after a build) or at the end of `npm run bench`.
import { chromiumLaunchOptions } from './chromium.mjs';
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { serveDist } from './serve-dist.mjs';

const outDir = process.env.SITE_OUT_DIR ?? 'dist';
const SIZES = (process.env.BENCH_SIZES ?? '500,5000,20000').split(',').map(Number);

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

/** `count` valid files: 90% distinct people, 10% older exports of some of them (folded by the page). */
function writeSyntheticFiles(dir, count) {
  const rand = random(count);
  const paths = [];
  let bytes = 0;
  const add = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    paths.push(path);
    bytes += Buffer.byteLength(text);
  };
  const people = Math.round(count * 0.9);
  for (let i = 0; i < people; i++) {
    const { fileName, text } = personFile(rand, i + 1, 20 + (i % 8));
    add(`${i}_${fileName}`, text);
  }
  for (let i = 0; paths.length < count; i++) {
    const { fileName, text } = personFile(random(i + 1), i + 1, 10 + (i % 8));
    add(`cu_${i}_${fileName}`, text);
  }
  return { paths, bytes };
}

/** Installed before any page script: every long task's start and duration, and when files were picked. */
function watchPage() {
  window.__tasks = [];
  document.addEventListener('change', () => (window.__changeAt ??= performance.now()), true);
  // Done when the status line says so and the total row is drawn, whichever comes last.
  new MutationObserver(() => {
    if (window.__changeAt === undefined || window.__doneAt !== undefined) return;
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    const total = [...document.querySelectorAll('tfoot th')].some((th) => th.textContent === 'Tổng cộng');
    if (status.includes('Đã kiểm tra xong') && total) window.__doneAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

const load = () => loadavg()[0];

/** Seconds the bare page needs to read and JSON.parse every file (reads 100 at a time, as the site does). */
async function floorSeconds(browser, paths) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<input type="file" multiple>');
  await page.evaluate(() => {
    window.__floor = new Promise((resolve) => {
      document.querySelector('input').addEventListener('change', async (event) => {
        const started = performance.now();
        const files = [...event.target.files];
        let parsed = 0;
        for (let i = 0; i < files.length; i += 100) {
          const texts = await Promise.all(files.slice(i, i + 100).map((file) => file.text()));
          for (const text of texts) if (JSON.parse(text)) parsed++;
        }
        resolve({ seconds: (performance.now() - started) / 1000, parsed });
      });
    });
  });
  await page.locator('input').setInputFiles(paths, { timeout: 600_000 });
  const result = await page.evaluate(() => window.__floor);
  await context.close();
  if (result.parsed !== paths.length) throw new Error(`floor parsed ${result.parsed} of ${paths.length} files`);
  return result.seconds;
}

/** The built page, from the change event to the full report; its longest task; its JS heap. */
async function reportRun(browser, paths) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchPage);
  const page = await context.newPage();
  await page.goto(`${server.url}tong-hop/`);
  await page.getByText('Chưa có tệp hợp lệ nào').waitFor();
  await page.getByTestId('agg-files').setInputFiles(paths, { timeout: 600_000 });
  await page.getByRole('row', { name: /^Tổng cộng/ }).waitFor({ timeout: 600_000 });
  await page.getByRole('status').getByText('Đã kiểm tra xong').waitFor({ timeout: 600_000 });
  const { seconds, longestTaskMs, cores } = await page.evaluate(() => ({
    seconds: (window.__doneAt - window.__changeAt) / 1000,
    longestTaskMs: Math.max(
      0,
      ...window.__tasks.filter(([start]) => start >= window.__changeAt).map(([, duration]) => duration),
    ),
    cores: navigator.hardwareConcurrency,
  }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const status = await page.getByRole('status').textContent();
  await context.close();
  return { seconds, longestTaskMs, cores, heapMegabytes: heap / 1048576, status };
}

const server = await serveDist(outDir);
const browser = await chromium.launch(chromiumLaunchOptions);
const results = [];
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `bench-aggregate-${size}-`));
  try {
    const { paths, bytes } = writeSyntheticFiles(dir, size);
    const floorLoad = load();
    // The floor is read twice, before and after the page (the first also warms the disk cache), and the
    // lower figure kept: it is the least the browser needs.
    const floorBefore = await floorSeconds(browser, paths);
    const reportLoad = load();
    const report = await reportRun(browser, paths);
    const floorAfter = await floorSeconds(browser, paths);
    const floor = Math.min(floorBefore, floorAfter);
    results.push({
      files: size,
      megabytes: bytes / 1048576,
      floorSeconds: floor,
      floorRuns: [floorBefore, floorAfter],
      floorLoad,
      ...report,
      reportLoad,
      ratio: report.seconds / floor,
    });
    console.log(
      `  ${size} files: report ${report.seconds.toFixed(2)} s, floor ${floor.toFixed(2)} s (load ${reportLoad.toFixed(2)})`,
    );
  } finally {
    if (process.env.BENCH_KEEP === '1') console.log(`  kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
await browser.close();
server.close();

console.log(
  '\nAggregation page (/tong-hop/): synthetic valid signed files (10% older exports of the same people), one browser:',
);
console.log('floor: a bare page reads and JSON.parses every file; report: the built page, change event → full report');
console.log(
  'files  input MB  floor (s)  report (s)  report/floor  longest task (ms)  JS heap MB  cores  load avg (floor/report)',
);
for (const r of results) {
  console.log(
    [
      String(r.files).padStart(5),
      r.megabytes.toFixed(1).padStart(9),
      r.floorSeconds.toFixed(2).padStart(10),
      r.seconds.toFixed(2).padStart(11),
      `${r.ratio.toFixed(2)}×`.padStart(13),
      String(Math.round(r.longestTaskMs)).padStart(18),
      r.heapMegabytes.toFixed(1).padStart(11),
      String(r.cores).padStart(6),
      `${r.floorLoad.toFixed(2)}/${r.reportLoad.toFixed(2)}`.padStart(24),
    ].join(''),
  );
}
for (const r of results) console.log(`  ${r.files}: ${r.status}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/aggregate.json', `${JSON.stringify({ results }, null, 2)}\n`);

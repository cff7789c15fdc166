// Part of npm run bench: Lighthouse (mobile: a mid-range phone, 4× CPU slowdown, 150 ms RTT, simulated) on the
// pages readers use most, printing performance, CLS, LCP, TBT and time to interactive per page. Timings vary from run to run and
// machine to machine: these are figures to compare, not a test (the byte budgets are the test).
// The pages come from serve-dist.mjs, gzip-compressed as a production web server sends them: Lighthouse times
// the bytes on the wire, and uncompressed pages scored 88–97 where compressed ones score 98–100.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const outDir = process.env.SITE_OUT_DIR ?? 'dist';
// BENCH_PAGES="luyen-tap/lay-tu-kho/ tu-danh-gia/" measures only those (e.g. again when the machine is quieter).
const paths = process.env.BENCH_PAGES?.split(/\s+/).filter(Boolean) ?? [
  '',
  'phu-luc-1/',
  'phu-luc-2/',
  'luyen-tap/lien-ket-vneid/',
  'luyen-tap/lay-tu-kho/',
  'tu-danh-gia/',
  'tong-hop/',
];

const server = await serveDist(outDir);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumLaunchOptions.executablePath,
  chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
});
const rows = [];
try {
  for (const path of paths) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for /${path}`);
    const { categories, audits } = result.lhr;
    rows.push({
      page: `/${path}`,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      tti: audits['interactive']?.numericValue ?? NaN,
    });
  }
} finally {
  chrome.kill();
  server.close();
}

const width = Math.max(...rows.map((row) => row.page.length)) + 1;
console.log('\nLighthouse 12, mobile (simulated 4× CPU, 150 ms RTT):');
console.log(`${'page'.padEnd(width)} performance    CLS  LCP (s)  TBT (ms)  TTI (s)`);
for (const row of rows) {
  console.log(
    `${row.page.padEnd(width)} ${String(row.performance).padStart(11)} ${row.cls.toFixed(3).padStart(6)} ${(row.lcp / 1000).toFixed(2).padStart(8)} ${String(Math.round(row.tbt)).padStart(9)} ${(row.tti / 1000).toFixed(2).padStart(8)}`,
  );
}

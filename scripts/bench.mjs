#!/usr/bin/env node
/**
 * npm run bench: figures for the product's speed and size targets, as medians, on this machine.
 * Sizes are exact; timings vary with the machine's load, so each is the median of several runs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// The TypeScript helpers shared with the tests are loaded through vite's module runner, so there is one copy.
const { createServer } = await import('vite');
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
const { firstScreenSize, BUDGET } = await vite.ssrLoadModule('/build/budget.ts');
const { launch, serveDist } = await vite.ssrLoadModule('/tests/browser/chromium.ts');

const size = firstScreenSize('dist');
console.log('First screen (/ and /p/<code>), gzipped:');
console.log(`  JavaScript ${kb(size.js.gzip)} of ${kb(BUDGET.jsGzip)} budget  ${size.js.gzip <= BUDGET.jsGzip ? 'PASS' : 'FAIL'}`);
console.log(`  CSS        ${kb(size.css.gzip)} of ${kb(BUDGET.cssGzip)} budget  ${size.css.gzip <= BUDGET.cssGzip ? 'PASS' : 'FAIL'}`);
const dataBytes = (dir) => readdirSync(`dist/data/${dir}`).length;
console.log(`  data files: ${dataBytes('p')} sheets, ${dataBytes('forms')} forms`);
const total = execFileSync('du', ['-sb', 'dist']).toString().split('\t')[0];
console.log(`  whole dist/: ${kb(Number(total))} (uncompressed)`);

const [browser, server] = await Promise.all([launch(), serveDist()]);
try {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${server.origin}/p/1.001193`, { waitUntil: 'commit' });
    await page.waitForSelector('#part-online');
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  console.log(`Time to a rendered sheet (/p/1.001193, 4x CPU throttling, cold cache, loopback network):`);
  console.log(`  median ${median(times).toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
} finally {
  await browser.close();
  await server.close();
  await vite.close();
}

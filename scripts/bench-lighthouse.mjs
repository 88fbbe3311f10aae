/**
 * Lighthouse (mobile preset, its default simulated throttling) on Debian's Chromium, for npm run bench (issue 7):
 * the catalogue, a procedure sheet and a dossier step, each run RUNS times. Prints medians against the targets and
 * writes each run's HTML report to reports/lighthouse/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, verdict } from './bench-util.mjs';

const TARGET = { performance: 95, accessibility: 100, 'best-practices': 100, lcpMs: 1500, tbtMs: 50 };
export const REPORT_DIR = 'reports/lighthouse';
const PAGES = [
  ['catalogue', '/'],
  ['sheet', '/p/1.001193'],
  ['dossier-step', '/d/new?p=1.000894'],
];

export async function benchLighthouse({ origin, chromePath, runs }) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  mkdirSync(REPORT_DIR, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  console.log(`Lighthouse (mobile, default throttling; median of ${runs}; reports in ${REPORT_DIR}/):`);
  try {
    for (const [name, path] of PAGES) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const { lhr, report } = await lighthouse(origin + path, {
          port: chrome.port,
          output: 'html',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        writeFileSync(join(REPORT_DIR, `${name}-${i + 1}.html`), report);
        results.push({
          performance: lhr.categories.performance.score * 100,
          accessibility: lhr.categories.accessibility.score * 100,
          'best-practices': lhr.categories['best-practices'].score * 100,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
        });
      }
      const m = (key) => median(results.map((r) => r[key]));
      const scores = ['performance', 'accessibility', 'best-practices'].map((k) => `${k} ${m(k)} ${verdict(m(k) >= TARGET[k])}`).join(', ');
      console.log(
        `  ${path}: ${scores}; LCP ${Math.round(m('lcp'))} ms ${verdict(m('lcp') < TARGET.lcpMs)}; TBT ${Math.round(m('tbt'))} ms ${verdict(m('tbt') < TARGET.tbtMs)}`,
      );
    }
  } finally {
    await chrome.kill();
  }
}

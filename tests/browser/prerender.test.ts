import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPage, PHONE } from './chromium';
import { browserAndServer } from './fixture';

const shared = browserAndServer();
const CODE = '1.001193';

/** Counts, from before any script runs, the elements removed from the page's prerendered #app. */
const countRemovals = () => {
  let removed = 0;
  new MutationObserver((records) => {
    for (const r of records) removed += [...r.removedNodes].filter((n) => n.nodeType === 1).length;
    document.documentElement.dataset.removed = String(removed);
  }).observe(document, { subtree: true, childList: true });
};

describe('prerendered pages', () => {
  it('show a sheet and the catalogue with JavaScript off, links included', async () => {
    const context = await shared.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shared.server.origin}/p/${CODE}`);
    expect(await page.locator('h1').innerText()).toMatch(/\S/);
    expect(await page.locator('#part-fees').innerText()).toMatch(/Phí, lệ phí/);
    expect(await page.title()).toMatch(/· Một Cửa$/);
    await page.goto(`${shared.server.origin}/`);
    expect(await page.locator('.card').count()).toBe(24);
    await context.close();
  });

  it('are taken over by the app without rebuilding them, and then work as the app', async () => {
    const { page, errors } = await newPage(shared.browser);
    await page.addInitScript(countRemovals);
    await page.goto(`${shared.server.origin}/p/${CODE}`);
    // The app is running once a click on a text size changes the page.
    await page.getByRole('button', { name: 'Cỡ chữ rất lớn' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-text-size')).toBe('xlarge');
    expect(Number(await page.locator('html').getAttribute('data-removed'))).toBe(0);
    // The parts kept as they came are rendered by the app once what they show changes.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('#part-fees h2').innerText()).toMatch(/Fees/);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('#part-fees h2').innerText()).toMatch(/Phí, lệ phí/);
    await page.getByRole('link', { name: 'Soạn hồ sơ' }).click();
    await page.waitForSelector('form.dossier-step');
    expect(errors).toEqual([]);
  });

  it('search what was typed before the app took over, and the full list comes back when the search is cleared', async () => {
    const { page, errors } = await newPage(shared.browser);
    // The app's script is held back until the words are in the prerendered search box, as on a slow phone.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${shared.server.origin}/`);
    await page.locator('input[type=search]').fill('khai sinh');
    release();
    await expect.poll(() => page.locator('.field-groups').count()).toBe(0);
    expect(await page.locator('.card').count()).toBeGreaterThan(0);
    await page.locator('input[type=search]').fill('');
    await expect.poll(() => page.locator('.card').count()).toBe(24);
    expect(errors).toEqual([]);
  });

  it('follow a link tapped between the take-over and its first effects, as a tap queued behind it on a slow phone', async () => {
    const { page, errors } = await newPage(shared.browser);
    // Preact runs effects a frame (at most 35 ms) after a render; a slow phone's tap can land in between. Here that
    // gap is half a second, so the tap lands there for sure.
    await page.addInitScript(() => {
      const later = window.setTimeout;
      window.requestAnimationFrame = (callback) => later(() => callback(performance.now()), 500);
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
        later(handler, delay === 35 ? 500 : delay, ...rest)) as typeof window.setTimeout;
    });
    await page.goto(`${shared.server.origin}/p/${CODE}`);
    // Taken over: Preact keeps its tree on the root (`__k`, its mangled name for the root's children).
    await page.waitForFunction(() => '__k' in document.getElementById('app')!, undefined, { polling: 20 });
    // A tap as the page gets it: Playwright's own click would first wait for frames, which are held back here.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.start-dossier a')!.click());
    await page.waitForSelector('form.dossier-step', { timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  it('are rendered afresh in English for a reader who chose English', async () => {
    const { page, errors } = await newPage(shared.browser);
    await page.addInitScript(() => localStorage.setItem('motcua.settings', JSON.stringify({ lang: 'en', textSize: 'normal' })));
    await page.goto(`${shared.server.origin}/p/${CODE}`);
    await expect.poll(() => page.locator('#part-fees h2').innerText()).toMatch(/Fees/);
    expect(await page.locator('#app article.sheet').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('give way to the right screen when a host answers another address with the catalogue page', async () => {
    const { page, errors } = await newPage(shared.browser);
    const home = readFileSync('dist/index.html', 'utf8');
    await page.route('**/posters', (route) => route.fulfill({ contentType: 'text/html', body: home }));
    await page.goto(`${shared.server.origin}/posters`);
    await page.waitForSelector('.poster-cell');
    await expect.poll(() => page.locator('.field-groups').count()).toBe(0);
    expect(await page.locator('main h1').innerText()).not.toBe('Thủ tục hành chính tại xã');
    expect(errors).toEqual([]);
  });
});

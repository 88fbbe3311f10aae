import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './chromium';
import { browserAndServer } from './fixture';

const shared = browserAndServer();

/** Records, from before any script runs, when the screen first shows something other than "loading". */
const markShown = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('#main h1') && !document.querySelector('[data-loading]')) {
      (window as Window & { shownAt?: number }).shownAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
};

interface Fetched {
  path: string;
  start: number;
  end: number;
}

/** Every file the page fetched, with when it asked for it, once the screen is shown and the page has settled. */
async function fetchedUntilShown(page: Page): Promise<{ shownAt: number; fetched: Fetched[] }> {
  await page.waitForFunction(() => (window as Window & { shownAt?: number }).shownAt !== undefined);
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => ({
    shownAt: (window as Window & { shownAt?: number }).shownAt!,
    fetched: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
      path: new URL(e.name).pathname,
      start: e.startTime,
      end: e.responseEnd,
    })),
  }));
}

describe('a first visit over the network to a screen that is not prerendered', () => {
  it('/d/new asks for the sheet and the forms side by side, and starts storing the app only once the step is shown', async () => {
    const { context, page, errors } = await newPage(shared.browser);
    await page.addInitScript(markShown);
    // The sheet is held back until the form is asked for (or 10 s): had the form waited for the sheet, which names
    // it, it would be asked for only after the hold. Timing the two on loopback instead raced.
    let formAsked = () => {};
    const asked = new Promise<void>((resolve) => (formAsked = resolve));
    page.on('request', (request) => /\/data\/forms\/to-khai-dang-ky-ket-hon\./.test(request.url()) && formAsked());
    let heldUntilAsked = false;
    await page.route(/\/data\/p\/1\.000894\.[0-9a-f]+\.json$/, async (route) => {
      heldUntilAsked = await Promise.race([asked.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
      await route.continue();
    });
    // A sheet no screen of this visit shows: only storing the app for offline use asks for it.
    const storing = /^\/data\/p\/2\.000815\.[0-9a-f]+\.json$/;
    const stored = page.waitForRequest((request) => storing.test(new URL(request.url()).pathname));
    await page.goto(`${shared.server.origin}/d/new?p=1.000894`);
    await page.waitForSelector('form.dossier-step');
    // Offline storing starts half a second after the step is shown, which can be after the network first goes idle;
    // the browser lists a request's timing only once it has finished.
    await stored;
    const storingListed = async () => (await fetchedUntilShown(page)).fetched.some((f) => storing.test(f.path));
    await expect.poll(storingListed).toBe(true);
    const { shownAt, fetched } = await fetchedUntilShown(page);
    expect(heldUntilAsked).toBe(true);
    expect(fetched.find((f) => storing.test(f.path))!.start).toBeGreaterThan(shownAt);
    expect(errors).toEqual([]);
    await context.close();
  });
});

import type { Page } from 'playwright-core';

/** What the app says once everything it needs offline is stored. */
export const READY = 'Đã sẵn sàng dùng khi không có mạng.';

/** First visit: wait until the app says it is ready offline, which it may say only once everything is stored. */
export async function visitUntilReady(page: Page, origin: string, path = '/'): Promise<void> {
  await page.goto(origin + path);
  await page.getByText(READY).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Records, from before any script runs, every text the storing notice shows; `storingSeen` reads them. */
export const watchStoringNotice = (page: Page) =>
  page.addInitScript(() => {
    const seen: string[] = [];
    (window as Window & { storingSeen?: string[] }).storingSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.notice.storing')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });

/** Each text the storing notice showed on this page, in order, as "stored/of" pairs and as shown. */
export async function storingSeen(page: Page): Promise<{ texts: string[]; counts: [number, number][] }> {
  const texts = await page.evaluate(() => (window as Window & { storingSeen?: string[] }).storingSeen ?? []);
  return { texts, counts: texts.map((text) => /(\d+)\/(\d+)/.exec(text)!.slice(1).map(Number) as [number, number]) };
}

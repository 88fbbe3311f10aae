import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barcodeStandIn } from '../../scripts/barcode-stand-in.mjs';
import { appRunning, launch, newPage, serveDist } from './chromium';
import { writeBlankVideo } from './fakeCamera';

const work = mkdtempSync(join(tmpdir(), 'motcua-camera-'));
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

/** Counts every camera track the page opens, so the test can see whether each one was released. */
const TRACK_CAMERA = `(() => {
  const tracks = [];
  window.__tracks = tracks;
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await original(constraints);
    tracks.push(...stream.getVideoTracks());
    return stream;
  };
})();`;

const liveTracks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.filter((t) => t.readyState === 'live').length);

beforeAll(async () => {
  // Blank paper: the camera stays on until the screen lets it go.
  writeBlankVideo(join(work, 'blank.y4m'));
  server = await serveDist();
  browser = await launch([
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${join(work, 'blank.y4m')}`,
    '--use-fake-ui-for-media-stream',
    '--js-flags=--expose-gc',
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** From a screen the app has taken over (appRunning): a click on the prerendered page's link could be lost with it. */
async function openScanner(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Quét mã QR' }).first().click();
  await page.waitForURL(`${server.origin}/scan`);
  await page.getByText('Đưa mã QR vào giữa khung hình.').waitFor({ timeout: 15_000 });
  await expect.poll(() => liveTracks(page), { timeout: 10_000 }).toBe(1);
}

/** What a tab switch or a locked phone tells the page (a headless page is never really hidden). */
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

/**
 * Each reader runs the camera its own way: html5-qrcode, and the browser's own reader where it has one (a stand-in
 * here, scripts/barcode-stand-in.mjs). Both must live the same life.
 */
describe.each([
  ['read by the bundled decoder', TRACK_CAMERA],
  ["read by the browser's own reader", `${barcodeStandIn()}\n${TRACK_CAMERA}`],
])('the camera, %s', (_reader, initScript) => {
  it('is released when the person leaves /scan, and twenty open/close cycles leave no camera or memory behind', async () => {
    const { context, page } = await newPage(browser);
    await context.grantPermissions(['camera'], { origin: server.origin });
    await context.addInitScript(initScript);
    await page.goto(server.origin + '/');
    await appRunning(page);
    const heap = () =>
      page.evaluate(() => {
        (window as unknown as { gc: () => void }).gc();
        return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
      });
    let afterFirst = 0;
    for (let cycle = 1; cycle <= 20; cycle++) {
      await openScanner(page);
      await page.locator('a.brand').click();
      await page.waitForURL(`${server.origin}/`);
      await expect.poll(() => liveTracks(page), { message: `cycle ${cycle}`, timeout: 10_000 }).toBe(0);
      expect(await page.locator('video').count()).toBe(0);
      if (cycle === 1) afterFirst = await heap();
    }
    const growth = (await heap()) - afterFirst;
    expect(growth).toBeLessThan(3 * 1024 * 1024);
    await context.close();
  });

  it('is released when the page is hidden (tab switched, phone locked) and comes back after', async () => {
    const { context, page } = await newPage(browser);
    await context.grantPermissions(['camera'], { origin: server.origin });
    await context.addInitScript(initScript);
    await page.goto(server.origin + '/');
    await appRunning(page);
    await openScanner(page);
    await setHidden(page, true);
    await expect.poll(() => liveTracks(page), { timeout: 10_000 }).toBe(0);
    await setHidden(page, false);
    await expect.poll(() => liveTracks(page), { timeout: 10_000 }).toBe(1);
    await context.close();
  });

  it('in the ID-card reader of a dossier, lives the same life: back after the page is hidden, released when closed', async () => {
    const { context, page } = await newPage(browser);
    await context.grantPermissions(['camera'], { origin: server.origin });
    await context.addInitScript(initScript);
    await page.goto(`${server.origin}/d/new?p=1.000894`);
    await page.getByRole('button', { name: 'Quét CCCD để điền' }).first().click();
    await expect.poll(() => liveTracks(page), { timeout: 15_000 }).toBe(1);
    await setHidden(page, true);
    await expect.poll(() => liveTracks(page), { timeout: 10_000 }).toBe(0);
    await setHidden(page, false);
    await expect.poll(() => liveTracks(page), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Hủy' }).first().click();
    await expect.poll(() => liveTracks(page), { timeout: 10_000 }).toBe(0);
    await context.close();
  });

  it('uses the camera the person chose last time, and falls back to the rear camera when it is gone', async () => {
    const { context, page } = await newPage(browser);
    await context.grantPermissions(['camera'], { origin: server.origin });
    await context.addInitScript(initScript);
    await page.goto(server.origin + '/');
    await appRunning(page);
    const deviceId = await page.evaluate(async () => {
      await navigator.mediaDevices.getUserMedia({ video: true }).then((s) => {
        for (const t of s.getTracks()) t.stop();
      });
      return (await navigator.mediaDevices.enumerateDevices()).find((d) => d.kind === 'videoinput')!.deviceId;
    });
    const usedDevice = () =>
      page.evaluate(() =>
        (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.filter((t) => t.readyState === 'live').map((t) => t.getSettings().deviceId),
      );
    await page.evaluate((id) => localStorage.setItem('motcua.camera', id), deviceId);
    await openScanner(page);
    await expect.poll(usedDevice, { timeout: 10_000 }).toEqual([deviceId]);
    await page.locator('a.brand').click();
    await expect.poll(() => liveTracks(page), { timeout: 10_000 }).toBe(0);
    await page.evaluate(() => localStorage.setItem('motcua.camera', 'a-camera-that-is-gone'));
    await openScanner(page);
    await expect.poll(usedDevice, { timeout: 10_000 }).toEqual([deviceId]);
    await context.close();
  });
});

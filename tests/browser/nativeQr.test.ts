import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barcodeStandIn } from '../../scripts/barcode-stand-in.mjs';
import { DECODERS_CACHE, isDecoderFile } from '../../src/offline/decoders';
import { changedBuild, editJson } from './changedBuild';
import { launch, newPage, serveDist } from './chromium';
import { writeQrPng, writeQrVideo } from './fakeCamera';
import { storingSeen, visitUntilReady, watchStoringNotice } from './readyOffline';

/**
 * A browser that reads QR codes itself (Chrome on Android) is played here by a stand-in (scripts/barcode-stand-in.mjs)
 * that reads for real: this machine's Chromium has no BarcodeDetector.
 */
const SHEET = '1.000894';
const work = mkdtempSync(join(tmpdir(), 'motcua-native-qr-'));
let browser: Browser;

beforeAll(async () => {
  const video = join(work, 'sheet.y4m');
  writeQrVideo(video, `https://motcua.other-commune.vn/p/${SHEET}`);
  browser = await launch(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`, '--use-fake-ui-for-media-stream']);
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh phone with the camera allowed and, unless `reader` is null, a QR reader of its own. */
async function phone(origin: string, reader: { reads: boolean } | null): Promise<{ context: BrowserContext; page: Page; fetched: string[] }> {
  const { context, page } = await newPage(browser);
  await context.grantPermissions(['camera'], { origin });
  if (reader) await context.addInitScript({ content: barcodeStandIn(reader) });
  // The page's requests and the service worker's alike.
  const fetched: string[] = [];
  context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  return { context, page, fetched };
}

/** First visit to a sheet, until the app is ready offline, with every count the storing notice shows kept for `stored`. */
async function visitSheetUntilReady(page: Page, origin: string): Promise<void> {
  await watchStoringNotice(page);
  await visitUntilReady(page, origin, '/p/1.001193');
}

/** The decoders' cache (null if there is none), the app's precache, and the last count the storing notice showed. */
async function stored(page: Page): Promise<{ decoders: string[] | null; app: string[]; count: string | undefined }> {
  const held = await page.evaluate(async (decodersCache) => {
    const paths = async (name: string) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    const precache = (await caches.keys()).find((name) => name.startsWith('workbox-precache'))!;
    return { decoders: (await caches.has(decodersCache)) ? await paths(decodersCache) : null, app: await paths(precache) };
  }, DECODERS_CACHE);
  return { ...held, count: (await storingSeen(page)).counts.at(-1)?.join('/') };
}

const reads = (page: Page) => page.evaluate(() => (window as Window & { __barcodeReads?: number }).__barcodeReads ?? 0);

/** Offline, /scan films the code of SHEET; its sheet must open. */
async function scansOffline(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/scan`);
  await page.waitForURL(`${origin}/p/${SHEET}`, { timeout: 30_000 });
  await page.waitForSelector('#part-components');
}

describe('where the browser reads QR codes itself', () => {
  it('stores no bundled decoder, counts only what it stores, and still scans offline the first time: the camera and a photo', async () => {
    const server = await serveDist();
    const { context, page, fetched } = await phone(server.origin, { reads: true });
    await visitSheetUntilReady(page, server.origin);
    const { decoders, app, count } = await stored(page);
    expect(decoders).toEqual([]);
    expect(app.filter((path) => isDecoderFile(path))).toEqual([]);
    expect(fetched.filter((path) => isDecoderFile(path))).toEqual([]);
    // "34/79": what is stored, of what there is to store, which is all of the app but the decoders.
    expect(count).toBe(`${app.length}/${app.length}`);
    await server.close();

    await scansOffline(page, server.origin);
    expect(await reads(page)).toBeGreaterThan(1);
    const photo = join(work, 'photo.png');
    writeQrPng(photo, '2.000815');
    // Now the camera is refused, and a photo is the way in.
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await page.goto(`${server.origin}/scan`);
    await page.getByText('chưa được phép dùng camera').waitFor({ timeout: 20_000 });
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.waitForURL(`${server.origin}/p/2.000815`, { timeout: 20_000 });
    expect(fetched.filter((path) => isDecoderFile(path))).toEqual([]);
    await context.close();
  }, 120_000);

  it('trusts no reader that lists QR codes but cannot read one: the decoders are stored and read offline', async () => {
    const server = await serveDist();
    const { context, page } = await phone(server.origin, { reads: false });
    await visitSheetUntilReady(page, server.origin);
    const { decoders, count, app } = await stored(page);
    expect(decoders?.map((path) => path.split('-')[0]).sort()).toEqual(['/assets/html5Scanner', '/assets/jsQR']);
    expect(count).toBe(`${app.length + 2}/${app.length + 2}`);
    await server.close();
    await scansOffline(page, server.origin);
    await context.close();
  }, 120_000);

  it('keeps that choice through an update, which no page stores for', async () => {
    const { dist: distB } = changedBuild(work, 'dist-b', (procedures) =>
      editJson(join(procedures, '1.001193.json'), (sheet) => {
        sheet.processingTime = { ...(sheet.processingTime as object), summary: { vi: 'Bản B: 01 ngày làm việc.', en: 'Build B: 1 working day.' } };
      }),
    );

    const a = await serveDist();
    const { context, page, fetched } = await phone(a.origin, { reads: true });
    await visitSheetUntilReady(page, a.origin);
    await a.close();
    const b = await serveDist(distB, a.port);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByText('Có bản cập nhật').waitFor({ timeout: 30_000 });
    expect((await stored(page)).decoders).toEqual([]);
    expect(fetched.filter((path) => isDecoderFile(path))).toEqual([]);
    await b.close();
    await context.close();
  }, 120_000);
});

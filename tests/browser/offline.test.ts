import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import { validateData } from '../../src/schema/validate';
import { changedBuild, editJson } from './changedBuild';
import { launch, launchPersistent, newPage, serveDist } from './chromium';
import { READY, storingSeen, visitUntilReady, watchStoringNotice } from './readyOffline';

const { procedures, forms } = validateData(readDataFiles(process.cwd()));
const work = mkdtempSync(join(tmpdir(), 'motcua-offline-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The prerendered page the address came with, if any: the shell has no data-page, and the app never sets one. */
const pageServed = (page: Page) => page.evaluate(() => document.getElementById('app')?.dataset.page ?? null);
/** The pages the service worker keeps, in the one pages cache there should be. */
const keptPages = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('motcua-pages-'));
    if (names.length > 1) return `${names.length} pages caches`;
    return names[0] ? (await (await caches.open(names[0])).keys()).map((r) => new URL(r.url).pathname).sort() : [];
  });

/** A copy of dist/ with one file removed, as if the network died while it was being stored. */
function brokenCopy(): string {
  const dir = join(work, `broken-${Date.now()}`);
  cpSync('dist', dir, { recursive: true });
  const victim = readdirSync(join(dir, 'data/p'))[0]!;
  rmSync(join(dir, 'data/p', victim));
  return dir;
}

describe('after one visit, with the server stopped', () => {
  it('opens every sheet, every form, the catalogue and search, a reloaded deep link and a cold start', async () => {
    const server = await serveDist();
    const { context, page, errors } = await newPage(browser);
    await visitUntilReady(page, server.origin);
    await server.close();
    expect(
      await fetch(server.origin).then(
        () => 'up',
        () => 'down',
      ),
    ).toBe('down');

    for (const p of procedures) {
      await page.goto(`${server.origin}/p/${p.code}`);
      await page.waitForSelector('#part-online', { timeout: 10_000 });
      expect(await page.locator('#part-overview .code').textContent()).toBe(p.code);
    }
    for (const f of forms) {
      await page.goto(`${server.origin}/forms/${f.id}`);
      await page.waitForSelector('.a4', { timeout: 10_000 });
    }
    await page.goto(`${server.origin}/?q=ket%20hon`);
    await expect.poll(() => page.locator('.card a').first().getAttribute('href')).toBe('/p/1.000894');
    await page.goto(`${server.origin}/p/1.004873`);
    await page.reload();
    await page.waitForSelector('#part-online');
    // The scanner screen and its decoder chunk, and the posters, were stored too.
    await page.goto(`${server.origin}/scan`);
    await page.getByText('Không tìm thấy camera trên máy này.').waitFor({ timeout: 15_000 });
    await page.goto(`${server.origin}/posters`);
    await page.waitForSelector('svg.qr');
    await page.goto(`${server.origin}/settings`);
    await expect.poll(() => page.getByTestId('offline-ready').textContent()).toMatch(/^Có/);
    await expect.poll(() => page.getByTestId('storage-used').textContent()).toMatch(/^\d+(,\d)? MB/);

    const cold = await context.newPage();
    await cold.goto(`${server.origin}/p/1.000656`);
    await cold.waitForSelector('#part-online');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows that the device is offline, and says a portal link needs the network instead of failing', async () => {
    const server = await serveDist();
    const { context, page } = await newPage(browser);
    await visitUntilReady(page, server.origin, '/p/1.001193');
    await server.close();
    await context.setOffline(true);
    await page.getByText('Bạn đang không có mạng').waitFor();
    await page.locator('a[data-portal="page"]').click();
    await page.getByText('Cần có mạng để mở trang này').waitFor();
    expect(context.pages()).toHaveLength(1);
    await context.close();
  });
});

describe('a repeat visit offline', () => {
  it('paints a sheet opened before from its kept page, the others from the shell, and keeps none in English', async () => {
    const server = await serveDist();
    const { context, page, errors } = await newPage(browser);
    await visitUntilReady(page, server.origin, '/p/1.001193');
    // Opened in the app, without a page load: kept too.
    await page.locator('header a[href="/"]').first().click();
    await page.waitForSelector('.card');
    await expect.poll(() => keptPages(page)).toEqual(['/', '/p/1.001193']);
    await server.close();

    await page.goto(`${server.origin}/p/1.001193`);
    expect(await pageServed(page)).toBe('/p/1.001193');
    await page.waitForSelector('#part-online');
    // The app took over the kept page: its links navigate in place.
    await page.locator('#part-forms a[href^="/forms/"]').first().click();
    await page.waitForSelector('.a4');
    await page.goto(`${server.origin}/p/1.000656`);
    await page.waitForSelector('#part-online');
    expect(await pageServed(page)).toBeNull();

    // Kept pages are Vietnamese at normal size: in English they would paint the wrong language first.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => keptPages(page)).toEqual([]);
    await page.goto(`${server.origin}/p/1.001193`);
    await page.getByText('Documents in the dossier').first().waitFor();
    expect(await pageServed(page)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('installing', () => {
  it('has the page store the files for the installing worker, which Chromium lets fetch only three at a time, and counts them', async () => {
    const server = await serveDist();
    const { context, page } = await newPage(browser);
    // The page's own requests: what the service worker fetches is not among them.
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // Every count the storing notice showed, recorded as the page shows it.
    await watchStoringNotice(page);
    await visitUntilReady(page, server.origin, '/p/1.001193');
    // It counted the files up to all of them, and gave way to "ready".
    const { texts: seen, counts } = await storingSeen(page);
    expect(seen[0]).toMatch(/^Đang lưu để dùng khi không có mạng: \d+\/\d+ — đừng đóng ứng dụng\.$/);
    expect(counts.at(-1)![0]).toBe(counts.at(-1)![1]);
    expect(counts.every(([stored], i) => i === 0 || stored! >= counts[i - 1]![0]!)).toBe(true);
    expect(await page.locator('.notice.storing').count()).toBe(0);
    // No screen of this visit shows a form or another sheet: only storing for offline asks for them.
    const byPage = new Set(requested);
    expect([...byPage].filter((path) => path.startsWith('/data/forms/'))).toHaveLength(forms.length);
    expect([...byPage].filter((path) => path.startsWith('/data/p/'))).toHaveLength(procedures.length);
    // The forms of the sheet on screen were stored before any other.
    const own = procedures.find((p) => p.code === '1.001193')!.forms;
    const formsInOrder = requested.filter((path) => path.startsWith('/data/forms/')).map((path) => path.split('/').at(-1)!.split('.')[0]);
    expect(new Set(formsInOrder.slice(0, own.length))).toEqual(new Set(own));
    await server.close();
    await page.goto(`${server.origin}/p/2.000815`);
    await page.waitForSelector('#part-online');
    await context.close();
  });

  it('is installable: Chromium reports no installability errors', async () => {
    const server = await serveDist();
    // Installability needs a real profile: Playwright's ordinary contexts are incognito.
    const context = await launchPersistent(join(work, 'profile'));
    const page = context.pages()[0] ?? (await context.newPage());
    await visitUntilReady(page, server.origin);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
    expect(manifest).toMatchObject({ lang: 'vi', id: '/', start_url: '/', scope: '/', display: 'standalone', short_name: 'Một Cửa' });
    const purposes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']));
    expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
      ['Quét mã QR', '/scan'],
      ['Hồ sơ của tôi', '/drafts'],
    ]);
    // Where the browser offers its install dialog (beforeinstallprompt), the app shows its own button, which opens it.
    // A headless browser never offers one, so the event is the browser's as Chromium sends it, made here.
    await page.evaluate(() => {
      const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: () => {
          (window as unknown as { prompted: boolean }).prompted = true;
          return Promise.resolve();
        },
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      dispatchEvent(offer);
    });
    await page.getByRole('button', { name: 'Cài đặt ứng dụng' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
    await page.goto(`${server.origin}/drafts`);
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await context.close();
    await server.close();
  });
});

describe('faults', () => {
  it('never says "ready offline" when storing failed, and keeps the app usable online', async () => {
    const server = await serveDist(brokenCopy());
    const { context, page } = await newPage(browser);
    await page.goto(server.origin + '/');
    await page.getByText('Chưa lưu được đầy đủ').waitFor({ timeout: 30_000 });
    expect(await page.getByText(READY).count()).toBe(0);
    expect(await page.locator('.card').count()).toBe(24);
    await context.close();
    await server.close();
  });

  it('keeps serving the installed version when a new one cannot be stored completely', async () => {
    const server = await serveDist();
    const { context, page } = await newPage(browser);
    await visitUntilReady(page, server.origin, '/p/1.001193');
    await server.close();
    const broken = await serveDist(brokenCopy(), server.port);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update().catch(() => undefined)));
    // Wait until the broken version has finished trying: it must end discarded, not waiting to take over.
    await page.waitForFunction(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return !!r && !r.installing;
    });
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
    await broken.close();
    await page.goto(`${server.origin}/p/1.000894`);
    await page.waitForSelector('#part-online');
    expect(await page.getByText('Có bản cập nhật').count()).toBe(0);
    await context.close();
  });

  it('a damaged stored sheet shows a clear error offline, and repairs itself online', async () => {
    const server = await serveDist();
    const { context, page } = await newPage(browser);
    await visitUntilReady(page, server.origin);
    const damaged = await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (request.url.includes('/data/p/1.001193.')) {
            await cache.put(request, new Response('{"broken', { headers: { 'Content-Type': 'application/json' } }));
            return request.url;
          }
        }
      }
      return null;
    });
    expect(damaged).not.toBeNull();
    // Otherwise the browser's own HTTP cache quietly repairs it, which is good but not what this test is about.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await server.close();
    await page.goto(`${server.origin}/p/1.001193`);
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await page.goto(`${server.origin}/p/1.000894`);
    await page.waitForSelector('#part-online');

    const again = await serveDist('dist', server.port);
    await page.goto(`${again.origin}/p/1.001193`);
    await page.waitForSelector('#part-online');
    await again.close();
    // Offline again, with the HTTP cache emptied once more: only a copy the service worker stored again can answer.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await page.goto(`${again.origin}/p/1.001193`);
    await page.waitForSelector('#part-online');
    const stored = await page.evaluate(async (url) => {
      const response = await caches.match(url);
      return response ? (await response.text()).startsWith('{"procedure"') : false;
    }, damaged!);
    expect(stored).toBe(true);
    await context.close();
  });

  it('says in plain words when the device storage is full', async () => {
    const server = await serveDist();
    const { context, page } = await newPage(browser);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: 64 * 1024 });
    await page.goto(server.origin + '/');
    await page.getByText('Bộ nhớ máy đã đầy').waitFor({ timeout: 30_000 });
    expect(await page.getByText(READY).count()).toBe(0);
    await context.close();
    await server.close();
  });
});

describe('updates', () => {
  it('offers a new version with corrected data, and switches to it only when the person agrees', async () => {
    const { dist: distB } = changedBuild(work, 'dist-b', (procedures) => {
      editJson(join(procedures, '1.001193.json'), (sheet) => {
        sheet.processingTime = { ...(sheet.processingTime as object), summary: { vi: 'Bản B: 01 ngày làm việc.', en: 'Build B: 1 working day.' } };
      });
      editJson(join(procedures, 'commune.json'), (commune) => {
        commune.phone = '0237 3 123 456';
        commune.deskHours = { vi: 'Thứ Hai – Thứ Sáu, 7:30–11:30 và 13:30–17:00', en: 'Monday – Friday, 7:30–11:30 and 13:30–17:00' };
      });
    });

    const a = await serveDist();
    const { context, page } = await newPage(browser);
    await visitUntilReady(page, a.origin, '/p/1.001193');
    expect(await page.locator('#part-time').textContent()).not.toContain('Bản B');
    await a.close();

    const b = await serveDist(distB, a.port);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByText('Có bản cập nhật').waitFor({ timeout: 30_000 });
    expect(await page.locator('#part-time').textContent()).not.toContain('Bản B');
    // The sheet the update corrects says so where it is read; one it leaves alone does not.
    await page.locator('[data-corrected="1.001193"]').waitFor();
    expect(await page.locator('[data-corrected="1.001193"]').textContent()).toContain('Đã có bản sửa của tờ thông tin này');
    await page.goto(`${b.origin}/p/2.000815`);
    await page.getByText('Có bản cập nhật').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-corrected]').count()).toBe(0);
    await page.goto(`${b.origin}/p/1.001193`);
    await page.locator('[data-corrected="1.001193"]').getByRole('button', { name: 'Cập nhật ngay' }).click();
    await page.waitForFunction(() => document.querySelector('#part-time')?.textContent?.includes('Bản B'), null, { timeout: 30_000 });
    // The commune's own details, set in build B, now head every screen.
    expect(await page.locator('.commune-details').textContent()).toContain('Thứ Hai – Thứ Sáu');
    expect(await page.locator('.commune-details a[href="tel:02373123456"]').count()).toBe(1);
    await b.close();
    // The new version keeps its own page of the sheet; the old version's pages went with it.
    await expect.poll(() => keptPages(page)).toEqual(['/p/1.001193']);
    await page.goto(`${a.origin}/p/1.001193`);
    expect(await pageServed(page)).toBe('/p/1.001193');
    expect(await page.locator('#part-time').textContent()).toContain('Bản B');
    await context.close();
  }, 120_000);
});

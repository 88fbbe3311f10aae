import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import { validateData } from '../../src/schema/validate';
import { launch, newPage, scrollsSideways, serveDist, TABLET } from './chromium';

const { procedures } = validateData(readDataFiles(process.cwd()));
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The "ready offline" notice sits over the bottom of the screen until dismissed; a person would close it first. */
async function openPosters(page: Page, path: string): Promise<void> {
  await page.goto(server.origin + path);
  await page.getByText('Đã sẵn sàng dùng khi không có mạng.').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Đóng' }).click();
  await page.waitForSelector('svg.qr');
}

/**
 * Photographs each QR code as rendered on the page and decodes the picture, as a phone would. Pages are rendered at
 * twice the pixel density: a printed poster is far sharper than one screen pixel per millimetre.
 */
async function decodeAll(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const svg of await page.locator('svg.qr').all()) {
    const png = PNG.sync.read(await svg.screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    out.push(code?.data ?? '(unreadable)');
  }
  return out;
}

describe('/posters', () => {
  it('prints all 24 codes, each decoding to its own sheet link, with name, code, field and the scan hint', async () => {
    const { page, errors } = await newPage(browser, TABLET, 2);
    await openPosters(page, '/posters');
    expect(await page.locator('.poster-cell').count()).toBe(24);
    const decoded = await decodeAll(page);
    expect(decoded.sort()).toEqual(procedures.map((p) => `${server.origin}/p/${p.code}`).sort());
    const first = page.locator('.poster-cell').first();
    expect(await first.textContent()).toContain('Quét bằng camera hoặc Zalo');
    expect(await page.locator('.poster-head').textContent()).toContain('Định Hưng');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.poster-cell').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("prints the commune's real address into the codes when it is set", async () => {
    const { page } = await newPage(browser, TABLET, 2);
    await openPosters(page, '/posters');
    await page.locator('#origin').fill('https://motcua.dinhhung.gov.vn/ignored/path');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await expect.poll(async () => (await decodeAll(page))[0]).toMatch(/^https:\/\/motcua\.dinhhung\.gov\.vn\/p\/\d\.\d{6}$/);
    await page.context().close();
  });

  it('prints one procedure large, and fits a phone screen', async () => {
    const { page } = await newPage(browser, undefined, 2);
    await openPosters(page, '/posters?p=1.004873');
    expect(await decodeAll(page)).toEqual([`${server.origin}/p/1.004873`]);
    expect(await page.locator('.poster-large').textContent()).toContain('1.004873');
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });
});

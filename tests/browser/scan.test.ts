import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, serveDist } from './chromium';
import { writeQrPng, writeQrVideo } from './fakeCamera';

const work = mkdtempSync(join(tmpdir(), 'motcua-scan-'));
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A Chromium whose camera films a printed QR code holding `payload`; /scan opened with the camera allowed. */
async function scanning(payload: string, name: string): Promise<{ browser: Browser; page: Page }> {
  const video = join(work, `${name}.y4m`);
  writeQrVideo(video, payload);
  const browser = await launch([
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
    '--use-fake-ui-for-media-stream',
  ]);
  const { context, page } = await newPage(browser);
  await context.grantPermissions(['camera'], { origin: server.origin });
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.goto(`${server.origin}/scan`);
  return { browser, page };
}

describe('/scan with a camera, for each kind of code', () => {
  const opensSheet: [string, string, string][] = [
    ['own-link', 'https://motcua.other-commune.vn/p/1.000894', '1.000894'],
    ['portal-uuid', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7', '1.001193'],
    ['portal-old', 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004873', '1.004873'],
    ['ministry', 'https://dichvucongbnv.moha.gov.vn/tiep-nhan?MaTTHC=1.013750', '1.013750'],
    ['bare-code', '2.000815', '2.000815'],
    ['province-suffix', '1.001653.000.00.00.H01', '1.001653'],
  ];
  for (const [name, payload, code] of opensSheet) {
    it(`opens the sheet for ${name}`, async () => {
      const { browser, page } = await scanning(payload, name);
      await page.waitForURL(`${server.origin}/p/${code}`, { timeout: 20_000 });
      await page.waitForSelector('#part-online');
      expect(await page.locator('#part-overview .code').textContent()).toBe(code);
      expect(await page.locator('video').count()).toBe(0);
      await browser.close();
    });
  }

  it('recognises a chip ID card and shows its details only on the device', async () => {
    const requests: string[] = [];
    const { browser, page } = await scanning('001095012345|123456789|Nguyễn Thị Lan|14031995|Nữ|Thôn Đông, Xã Định Hưng|20062021', 'cccd');
    page.on('request', (r) => requests.push(r.url()));
    await page.getByText('Đây là mã QR trên thẻ căn cước (CCCD)').waitFor({ timeout: 20_000 });
    expect(await page.locator('.scan-result').textContent()).toContain('Nguyễn Thị Lan');
    expect(page.url()).toBe(`${server.origin}/scan`);
    expect(requests.filter((u) => !u.startsWith(server.origin))).toEqual([]);
    await browser.close();
  });

  it("says when a portal code is not in this commune's list, without reading the province number as a code", async () => {
    const payload = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=187805';
    const { browser, page } = await scanning(payload, 'province-route');
    await page.getByText('Thủ tục này không có trong danh mục của xã').waitFor({ timeout: 20_000 });
    expect(await page.locator('.scan-result a').getAttribute('href')).toBe(payload);
    expect(page.url()).toBe(`${server.origin}/scan`);
    await browser.close();
  });

  const shownAsText: [string, string][] = [
    ['other-site', 'https://example.com/dang-nhap'],
    ['script', 'javascript:alert(document.domain)'],
    ['data-url', 'data:text/html,<script>alert(1)</script>'],
    ['html', '<img src=x onerror=alert(1)>'],
  ];
  for (const [name, payload] of shownAsText) {
    it(`never opens or runs ${name}, and shows it as plain text`, async () => {
      const { browser, page } = await scanning(payload, name);
      await page.getByTestId('scanned-text').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('scanned-text').textContent()).toBe(payload);
      expect(await page.locator('.scan-result img').count()).toBe(0);
      expect(page.url()).toBe(`${server.origin}/scan`);
      if (name === 'other-site') expect(await page.locator('.scan-result .warning').textContent()).toContain('example.com');
      await browser.close();
    });
  }
});

describe('/scan without a camera', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('explains a refused camera in plain words', async () => {
    const video = join(work, 'refused.y4m');
    writeQrVideo(video, '1.001193');
    const withCamera = await launch(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    const { page } = await newPage(withCamera);
    // The person says no, as the browser reports it: headless browsers differ in whether they ask at all.
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await page.goto(`${server.origin}/scan`);
    await page.getByText('chưa được phép dùng camera').waitFor({ timeout: 20_000 });
    expect(page.url()).toBe(`${server.origin}/scan`);
    await withCamera.close();
  });

  it('explains a missing camera and offers a photo or a typed code', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${server.origin}/scan`);
    await page.getByText('Không tìm thấy camera trên máy này.').waitFor({ timeout: 20_000 });
    expect(await page.getByText('Chọn ảnh có mã QR').isVisible()).toBe(true);
    await page.locator('#typed-code').fill('1.001193');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(`${server.origin}/p/1.001193`);
    await page.goto(`${server.origin}/scan`);
    await page.locator('#typed-code').fill('khai sinh');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(`${server.origin}/?q=khai%20sinh`);
    await page.context().close();
  });

  // A magazine photo (ZXing test set, in shared/bench) that html5-qrcode's fast decoder misses.
  const hardPhoto = '../shared/bench/qr-photos/qrcode-1/1.png';
  it.skipIf(!existsSync(hardPhoto))('reads a hard photo with the second, more thorough decoder', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${server.origin}/scan`);
    await page.locator('input[type=file]').setInputFiles(hardPhoto);
    await page.getByTestId('scanned-text').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('scanned-text').textContent()).toBe(readFileSync(hardPhoto.replace('.png', '.txt'), 'utf8').trim());
    await page.context().close();
  });

  it('does not take an empty decode for a read: a code whose bytes are not UTF-8 is "not found", not a blank result', async () => {
    // Shift_JIS bytes (あ): html5-qrcode's decoder reads them as two invisible characters, jsQR as "".
    const photo = join(work, 'sjis.png');
    writeQrPng(photo, '\x82\xa0');
    const { page } = await newPage(browser);
    await page.goto(`${server.origin}/scan`);
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByText('Không tìm thấy mã QR trong ảnh này.').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('scanned-text').count()).toBe(0);
    await page.context().close();
  });

  it('reads a code from a photo', async () => {
    const photo = join(work, 'code.png');
    writeQrPng(photo, `${server.origin}/p/1.000656`);
    const { page } = await newPage(browser);
    await page.goto(`${server.origin}/scan`);
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.waitForURL(`${server.origin}/p/1.000656`, { timeout: 20_000 });
    await page.context().close();
  });
});

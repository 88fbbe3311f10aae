import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTransferText } from '../../src/handoff/transfer';
import { launch, newPage, serveDist, TABLET } from './chromium';
import { readStore } from './dossierSteps';
import { writeQrPng, writeQrVideo } from './fakeCamera';

const work = mkdtempSync(join(tmpdir(), 'motcua-hostile-'));
let server: Awaited<ReturnType<typeof serveDist>>;
const browsers: Browser[] = [];
beforeAll(async () => {
  server = await serveDist();
  browsers.push(await launch());
});
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/**
 * An envelope that looks like this app's (of the version before), with `depth` levels of arrays where a dossier should
 * be. 100 000 levels are 200 KB of text, under the hand-off's 256 KB, and deflate into one code.
 */
const deepEnvelope = (depth = 100_000) =>
  `{"format":"mot-cua-dossiers","version":2,"exportedAt":"2026-12-01T08:00:00.000Z","digest":"${'0'.repeat(64)}","dossiers":[${nested(depth)}]}`;

describe('hostile input at each edge: refused with the reason, and the app goes on', () => {
  it('a dossier file nested 100 000 levels deep, then a good file', async () => {
    const { page, errors } = await newPage(browsers[0]!, TABLET);
    const deep = join(work, 'deep.json');
    writeFileSync(deep, deepEnvelope());
    await page.goto(`${server.origin}/drafts`);
    await page.locator('input[type=file]').setInputFiles(deep);
    await page.getByText('Tệp không đúng cấu trúc của tệp hồ sơ Một Cửa').waitFor();
    // The screen still works: a dossier made here, then saved and imported back, is found as already there.
    await page.goto(`${server.origin}/d/new?p=1.000894`);
    await page.waitForURL(/\/d\/[a-z0-9]{16}/);
    await page.goto(`${server.origin}/drafts`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải tất cả thành một tệp' }).click();
    const good = join(work, 'good.json');
    await (await download).saveAs(good);
    await page.locator('input[type=file]').setInputFiles(good);
    await page.getByText('Mới: 0 · Cập nhật: 0 · Đã có, bỏ qua: 1').waitFor();
    expect(errors).toEqual([]);
  });

  it('pasted text nested deep, or the right shape with a field changed', async () => {
    const { page, errors } = await newPage(browsers[0]!, TABLET);
    await page.goto(`${server.origin}/drafts?paste=1`);
    const box = page.getByLabel('Dán hồ sơ đã sao chép');
    await box.fill(deepEnvelope());
    await page.getByText('Đoạn đã dán không đúng cấu trúc của hồ sơ Một Cửa').waitFor();
    expect(await readStore(page, 'dossiers')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('one QR code carrying a hand-off nested 100 000 levels deep: said, and the camera keeps reading', async () => {
    const [code] = await encodeTransferText(deepEnvelope());
    expect(code!.length).toBeLessThan(800);
    const video = join(work, 'deep.y4m');
    writeQrVideo(video, code!);
    const browser = await launch([
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
      '--use-fake-ui-for-media-stream',
    ]);
    browsers.push(browser);
    const { context, page, errors } = await newPage(browser);
    await context.grantPermissions(['camera'], { origin: server.origin });
    await page.goto(`${server.origin}/scan`);
    await page.getByText('Hồ sơ trong mã không hợp lệ, không nhập.').waitFor({ timeout: 20_000 });
    // Several frames later the camera is still on, and no frame threw.
    await page.waitForTimeout(1500);
    expect(await page.locator('.viewfinder:not(.idle) video').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('a chip ID card code whose address carries markup', async () => {
    const photo = join(work, 'card.png');
    writeQrPng(photo, '038175012345||Trần Thị Hoa|11021975|Nữ|<img src=x onerror=alert(1)>Thôn Đông|20062021');
    const { page, errors } = await newPage(browsers[0]!);
    page.on('dialog', (d) => errors.push(new Error(`a dialog opened: ${d.message()}`)));
    await page.goto(`${server.origin}/scan`);
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByText('Phần bị lỗi: nơi cư trú.', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('typed text gets the same rule when the person leaves the field', async () => {
    const { page, errors } = await newPage(browsers[0]!);
    await page.goto(`${server.origin}/d/new?p=1.000894`);
    await page.waitForURL(/\/d\/[a-z0-9]{16}/);
    const name = page.locator('[name="wifeFullName"]');
    await name.fill('  Lê\u202E Thị\u0007   Hồng '.normalize('NFD'));
    await name.press('Tab');
    await expect.poll(() => name.inputValue()).toBe('Lê Thị Hồng');
    await expect.poll(async () => JSON.stringify(await readStore(page, 'dossiers'))).toContain('"wifeFullName":"Lê Thị Hồng"');
    expect(errors).toEqual([]);
  });
});

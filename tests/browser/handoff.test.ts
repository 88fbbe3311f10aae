import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, serveDist, TABLET } from './chromium';
import { fillFromExamples, formsOf, readStore, shownDate } from './dossierSteps';
import { writeImagesVideo, writeQrVideo } from './fakeCamera';

const LONGEST = '1.010824';
/** A chip ID card's QR payload, in the documented layout: no old ID number, with an issue date. */
const CARD = '038175012345||Trần Thị Hoa|11021975|Nữ|Thôn Đông, xã Định Hưng, tỉnh Thanh Hóa|20062021';
const CAMERA = (file: string) => [
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`,
  '--use-fake-ui-for-media-stream',
];

const work = mkdtempSync(join(tmpdir(), 'motcua-handoff-'));
let server: Awaited<ReturnType<typeof serveDist>>;
const browsers: Browser[] = [];

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function start(page: Page, code: string): Promise<string> {
  await page.goto(`${server.origin}/d/new?p=${code}`);
  await page.waitForURL(/\/d\/[a-z0-9]{16}\?step=/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

describe('filling a person from a chip ID card', () => {
  it('reads the card through the camera, shows the values, and fills the person block only after they are accepted', async () => {
    writeQrVideo(join(work, 'card.y4m'), CARD, { fill: 0.55 });
    const browser = await launch(CAMERA(join(work, 'card.y4m')));
    browsers.push(browser);
    const { context, page, errors } = await newPage(browser);
    await context.grantPermissions(['camera'], { origin: server.origin });
    const id = await start(page, LONGEST);
    await page.goto(`${server.origin}/d/${id}?step=1-lumpSum-1`);
    await page.getByRole('button', { name: 'Quét CCCD để điền' }).click();
    await page.getByRole('heading', { name: 'Kiểm tra thông tin trên thẻ' }).waitFor({ timeout: 20_000 });
    const shown = await page.locator('.id-card-values').innerText();
    expect(shown).toMatch(/038175012345[\s\S]*Trần Thị Hoa[\s\S]*11\/02\/1975[\s\S]*Nữ[\s\S]*Thôn Đông[\s\S]*20\/06\/2021/);
    // Nothing is filled until the person accepts.
    expect(await page.locator('[name="lumpFullName"]').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Điền vào tờ khai' }).click();
    await expect.poll(() => page.locator('[name="lumpFullName"]').inputValue()).toBe('Trần Thị Hoa');
    expect(await page.locator('[name="lumpIdNumber"]').inputValue()).toBe('038175012345');
    expect(await shownDate(page, 'lumpBirthDate')).toBe('11/02/1975');
    expect(await page.locator('input[name="lumpSex"][value="nu"]').isChecked()).toBe(true);
    expect(await page.getByText('Đã điền thông tin từ thẻ CCCD.').count()).toBe(1);
    // The raw card text is kept nowhere: not in the stored dossier, not in localStorage.
    await page.reload();
    await expect.poll(() => page.locator('[name="lumpFullName"]').inputValue()).toBe('Trần Thị Hoa');
    const stored = JSON.stringify(await readStore(page, 'dossiers')) + (await page.evaluate(() => JSON.stringify({ ...localStorage })));
    expect(stored).toContain('Trần Thị Hoa');
    expect(stored).not.toContain('11021975');
    expect(stored).not.toContain('|');
    expect(errors).toEqual([]);
  });
});

describe('handing a dossier from a phone to the desk tablet', () => {
  it('the tablet reads the phone’s QR codes with its camera, shows the dossier, and imports it once staff confirm', async () => {
    const phone = await launch();
    browsers.push(phone);
    const { page } = await newPage(phone, { width: 360, height: 640 });
    const id = await start(page, LONGEST);
    await fillFromExamples(page, formsOf(LONGEST));
    const answers = await page.$$eval('.check-answers [data-answer]', (rows) => rows.map((r) => r.textContent));
    await page.getByRole('link', { name: 'Chuyển sang máy khác bằng mã QR' }).click();
    const caption = page.locator('.handoff-code figcaption');
    await caption.waitFor();
    const count = Number(/\/(\d+)/.exec(await caption.innerText())![1]);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
    const shots: Buffer[] = [];
    if (count > 1) await page.getByRole('button', { name: 'Dừng chuyển mã' }).click();
    for (let i = 1; i <= count; i++) {
      await expect.poll(() => caption.innerText()).toBe(`Mã ${i}/${count}`);
      shots.push(await page.locator('.handoff-code svg').screenshot());
      if (i < count) await page.getByRole('button', { name: 'Mã sau' }).click();
    }
    // The phone's screen pixel for pixel, in a camera frame of the usual 640 x 480: decoders misjudge a code resampled
    // by a fraction of a pixel per module far more often than a real camera's blur makes them.
    writeImagesVideo(join(work, 'handoff.y4m'), shots, { width: 640, height: 480, scale: 1, framesEach: 15 });

    const tablet = await launch(CAMERA(join(work, 'handoff.y4m')));
    browsers.push(tablet);
    const desk = await newPage(tablet, TABLET);
    await desk.context.grantPermissions(['camera'], { origin: server.origin });
    await desk.page.goto(`${server.origin}/scan`);
    await desk.page
      .getByRole('heading', { name: 'Đã nhận hồ sơ' })
      .waitFor({ timeout: 30_000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nThe tablet shows: ${await desk.page.locator('main').innerText()}`);
      });
    expect(await desk.page.locator('.import-summary').innerText()).toMatch(/Mới: 1[\s\S]*Trần Văn Lợi|Trần Thị Hoa/);
    await desk.page.getByRole('button', { name: 'Nhập 1 hồ sơ' }).click();
    await desk.page.getByText('Đã nhập 1 hồ sơ.').waitFor();
    await desk.page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await desk.page.waitForURL(`${server.origin}/d/${id}?step=check`);
    await desk.page.waitForSelector('.check-answers');
    expect(await desk.page.$$eval('.check-answers [data-answer]', (rows) => rows.map((r) => r.textContent))).toEqual(answers);
    expect(desk.errors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import { validateData } from '../../src/schema/validate';
import { newPage, scrollsSideways, TABLET } from './chromium';
import { browserAndServer } from './fixture';
import { decodeQrCodes, inkNearEdge, printA4, readPaper } from './paper';
import { READY } from './readyOffline';

const { procedures } = validateData(readDataFiles(process.cwd()));
const shared = browserAndServer();

/** A poster page as a commune prints it: opened, stored for offline use (its notice still on screen), printed. */
async function printPosters(page: Page, path: string) {
  await page.goto(shared.server.origin + path);
  await page.getByText(READY).waitFor({ timeout: 30_000 });
  // Printed once a code is drawn, as a person would: in one clean-clone run the large poster printed with none.
  await page.locator('svg.qr').first().waitFor();
  return readPaper(await printA4(page));
}

describe('/posters on paper', () => {
  it('prints all 24 codes on one A4 page, each decoding to its sheet from a 150 dpi scan, none cut, ink 5 mm clear of the edge', async () => {
    const { page, errors } = await newPage(shared.browser, TABLET);
    const paper = await printPosters(page, '/posters');
    expect(paper).toHaveLength(1);
    const [sheet] = paper as [(typeof paper)[0]];
    expect(decodeQrCodes(sheet).sort()).toEqual(procedures.map((p) => `${shared.server.origin}/p/${p.code}`).sort());
    for (const p of procedures) expect(sheet.text, p.code).toContain(p.code);
    expect(sheet.text.match(/Quét bằng camera hoặc Zalo/g)).toHaveLength(24);
    expect(sheet.text).toContain('Xã Định Hưng');
    // The longest name is printed whole: nothing is clamped to a few lines.
    expect(sheet.text).toContain('liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận');
    expect(inkNearEdge(sheet, 5)).toBe(false);
    // Neither the ready-offline notice nor the page's buttons and header are on paper.
    expect(sheet.text).not.toMatch(/sẵn sàng dùng khi không có mạng|In mã QR niêm yết|Bản lớn|Một Cửa/);
    expect(errors).toEqual([]);
  });

  it("prints the commune's real address into the codes, still readable with its longer links", async () => {
    const { page } = await newPage(shared.browser, TABLET);
    await page.goto(`${shared.server.origin}/posters`);
    await page.locator('#origin').fill('https://motcua.dinhhung.gov.vn/ignored/path');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await page.locator('svg.qr[data-qr^="https://motcua.dinhhung.gov.vn/p/"]').first().waitFor();
    const paper = await readPaper(await printA4(page));
    expect(paper).toHaveLength(1);
    expect(decodeQrCodes(paper[0]!).sort()).toEqual(procedures.map((p) => `https://motcua.dinhhung.gov.vn/p/${p.code}`).sort());
  });

  it('prints one procedure large on one page, the longest name too', async () => {
    for (const code of ['1.004873', '2.000815']) {
      const { page, context } = await newPage(shared.browser, TABLET);
      const paper = await printPosters(page, `/posters?p=${code}`);
      expect(paper, code).toHaveLength(1);
      expect(decodeQrCodes(paper[0]!)).toEqual([`${shared.server.origin}/p/${code}`]);
      expect(paper[0]!.text).toContain(code);
      expect(inkNearEdge(paper[0]!, 5)).toBe(false);
      await context.close();
    }
  });

  it('shows one large poster on a phone screen without sideways scrolling', async () => {
    const { page } = await newPage(shared.browser);
    await page.goto(`${shared.server.origin}/posters?p=1.004873`);
    await page.waitForSelector('svg.qr');
    expect(await scrollsSideways(page)).toBe(false);
  });
});

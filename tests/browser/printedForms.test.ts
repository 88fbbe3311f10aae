/**
 * The official forms on paper, blank (/forms/<id>) and filled (a dossier's print step), printed to A4 by Chromium
 * and read back from the PDF: the template's parts, the sworn statement kept with the signatures, answers never split
 * between pages, no more pages than the content needs, and one shipped typeface at 12 pt or more.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FormTemplate } from '../../src/schema/form';
import { newPage, TABLET } from './chromium';
import { fillFromExamples, forms, formsOf, startDossier } from './dossierSteps';
import { browserAndServer } from './fixture';
import { type PaperPage, printA4, readPaper } from './paper';

const shared = browserAndServer();

/** The fonts Chromium drew each text of the printed form with, as the DevTools protocol reports them. */
async function fontsUsed(page: Page): Promise<Set<string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.a4 *, .print-source, [data-worksheet]' });
  const used = new Set<string>();
  for (const nodeId of nodeIds) {
    for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts)
      used.add(`${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
  }
  await cdp.detach();
  return used;
}

/** The smallest text size, in points, of anything with words in the form, as printed. */
const smallestPoints = (page: Page) =>
  page.$$eval('.a4 *', (els) =>
    Math.min(
      ...els
        .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
        .map((e) => (parseFloat(getComputedStyle(e).fontSize) * 72) / 96),
    ),
  );

/**
 * How many pages the form's content needs at the least: its printed height over the page's, laid out at the width
 * the page leaves for it (A4, less the margins of src/forms/formSheet.css).
 */
async function leastPages(page: Page): Promise<number> {
  const mm = 96 / 25.4;
  await page.setViewportSize({ width: Math.floor((210 - 35) * mm), height: 800 });
  await page.emulateMedia({ media: 'print' });
  const height = await page.$eval('main', (m) => m.getBoundingClientRect().height);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(TABLET);
  return Math.ceil(height / ((297 - 30) * mm));
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The first words of a text, enough to find it on a page whatever the line breaks. */
const opening = (s: string) => norm(s).split(' ').slice(0, 6).join(' ');

function expectTemplateParts(form: FormTemplate, paper: PaperPage[]): void {
  const all = paper.map((p) => p.text).join(' ');
  expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(all).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(all).toContain(opening(form.title.vi.toUpperCase()));
  if (form.addressee) expect(all).toContain('Kính gửi');
  // The sworn statement, the place and date, and every signature are on one page: the last.
  const last = paper.at(-1)!.text;
  if (form.declaration) expect(last, form.id).toContain(opening(form.declaration.vi));
  expect(last, form.id).toContain('Làm tại');
  for (const s of form.signatures) expect(last, form.id).toContain(opening(s.vi.split(' (')[0]!));
}

describe('blank forms on paper', () => {
  for (const form of forms) {
    it(`${form.id}: prints like its template, on as few pages as it needs, in the shipped serif`, async () => {
      const { page, context } = await newPage(shared.browser, TABLET);
      await page.goto(`${shared.server.origin}/forms/${form.id}`);
      await page.waitForSelector('.a4');
      await page.evaluate(() => document.fonts.ready);
      const paper = await readPaper(await printA4(page));
      expectTemplateParts(form, paper);
      expect(paper.length, 'pages').toBeLessThanOrEqual(await leastPages(page));
      await page.emulateMedia({ media: 'print' });
      expect(await smallestPoints(page)).toBeGreaterThanOrEqual(12);
      expect([...(await fontsUsed(page))]).toEqual(['Tinos']);
      await context.close();
    });
  }
});

describe('a filled form on paper', () => {
  it('prints the answers in, each whole on one page, the place and date in the made-at line', async () => {
    const { page } = await newPage(shared.browser, TABLET);
    const id = await startDossier(page, shared.server.origin, '1.001193');
    const [form] = formsOf('1.001193') as [FormTemplate];
    await fillFromExamples(page, [form]);
    await page.goto(`${shared.server.origin}/d/${id}?step=print`);
    await page.waitForSelector('.a4');
    await page.evaluate(() => document.fonts.ready);
    const paper = await readPaper(await printA4(page));
    expectTemplateParts(form, paper);
    expect(paper.length, 'pages').toBeLessThanOrEqual(await leastPages(page));
    for (const field of form.sections.flatMap((s) => s.fields)) {
      if (field.type !== 'textarea' && field.type !== 'name') continue;
      expect(paper.filter((p) => p.text.includes(norm(field.example))).length, field.id).toBeGreaterThan(0);
    }
    const last = paper.at(-1)!.text;
    const [y, m, d] = form.sections
      .flatMap((s) => s.fields)
      .find((f) => f.id === form.madeAt!.date)!
      .example.split('-');
    expect(last).toContain(`Làm tại: Xã Định Hưng, ngày ${d} tháng ${m} năm ${y}`);
    // Questions the paper form does not have are not printed.
    expect(paper.map((p) => p.text).join(' ')).not.toContain('Có ghi thông tin người mẹ');
    await page.emulateMedia({ media: 'print' });
    expect([...(await fontsUsed(page))]).toEqual(['Tinos']);
  });
});

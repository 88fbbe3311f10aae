import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import { validateData } from '../../src/schema/validate';
import { launch, newPage, PHONE, scrollsSideways, serveDist, TABLET } from './chromium';

const { procedures, forms, commune } = validateData(readDataFiles(process.cwd()));
const PARTS = ['overview', 'components', 'forms', 'time', 'steps', 'fees', 'agency', 'legal', 'online'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the catalogue at /', () => {
  it('lists all 24 procedures grouped by field, with counts that add up', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(server.origin + '/');
    await expect.poll(() => page.locator('.field-group').count()).toBeGreaterThan(0);
    const cards = await page.locator('.card').count();
    expect(cards).toBe(24);
    expect(procedures).toHaveLength(24);
    const counts = await page.locator('.field-group h2 .count').allTextContents();
    const sum = counts.map((c) => Number(/\d+/.exec(c)![0])).reduce((a, b) => a + b, 0);
    expect(sum).toBe(24);
    expect(await page.locator('input[type=search]').count()).toBe(1);
    expect(await page.locator('.badge.paperless').count()).toBe(commune.badges.paperless.length);
    expect(await scrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches as you type, without accents, by everyday words and by code, and says when nothing matches', async () => {
    const { page } = await newPage(browser);
    await page.goto(server.origin + '/');
    const search = page.locator('input[type=search]');
    const first = page.locator('.card a').first();
    const cases: [string, string][] = [
      ['ket hon', '/p/1.000894'],
      ['làm giấy khai sinh', '/p/1.001193'],
      ['xin xác nhận độc thân', '/p/1.004873'],
      ['XIN XAC NHAN DOC THAN', '/p/1.004873'],
      ['1.001653', '/p/1.001653'],
    ];
    for (const [query, href] of cases) {
      await search.fill('');
      await search.pressSequentially(query);
      await expect.poll(() => first.getAttribute('href'), { message: query }).toBe(href);
    }
    await search.fill('qwertyzx');
    await expect.poll(() => page.locator('.empty').textContent()).toContain('qwertyzx');
    expect(await page.locator('.card').count()).toBe(0);
    expect(await page.locator('.empty a').getAttribute('href')).toContain('tim-kiem-thu-tuc-hanh-chinh?keyword=qwertyzx');
    await search.fill('');
    await expect.poll(() => page.locator('.card').count()).toBe(24);
    await page.context().close();
  });

  it('opens a sheet from the list without reloading the page', async () => {
    const { page } = await newPage(browser);
    await page.goto(server.origin + '/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator('a[href="/p/1.001193"]').click();
    await page.waitForSelector('#part-online');
    expect(page.url()).toBe(server.origin + '/p/1.001193');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator('.card').count()).toBe(24);
    await page.context().close();
  });
});

describe('every procedure sheet at /p/<code>', () => {
  it('shows all nine parts in order, the code, the portal links, provenance, and fits a 360 px phone', async () => {
    const { page, errors } = await newPage(browser, PHONE);
    for (const p of procedures) {
      await page.goto(`${server.origin}/p/${p.code}`);
      await page.waitForSelector('#part-online', { timeout: 10_000 });
      const ids = await page.locator('[id^="part-"]:not([id$="-title"])').evaluateAll((els) => els.map((e) => e.id));
      expect(ids, p.code).toEqual(PARTS.map((x) => `part-${x}`));
      expect(await page.locator('#part-overview h1').textContent(), p.code).toBe(p.name.vi);
      expect(await page.locator('#part-overview .code').textContent()).toBe(p.code);
      expect(await page.locator('#part-components .documents > li').count(), p.code).toBe(p.components.length);
      expect(await page.locator('#part-forms a').count(), p.code).toBe(p.forms.length);
      expect(await page.locator('#part-steps .steps > li').count(), p.code).toBe(p.steps.length);
      expect(await page.locator('#part-legal li').count(), p.code).toBe(p.legalBasis.length);
      const portal = page.locator('#part-online a[data-portal="page"]');
      if (p.portalUuid) expect(await portal.getAttribute('href')).toBe(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${p.portalUuid}`);
      else expect(await portal.count()).toBe(0);
      const searchHref = await page.locator('#part-online a[data-portal="search"]').getAttribute('href');
      expect(searchHref).toMatch(/^https:\/\/dichvucong\.gov\.vn\/tim-kiem-thu-tuc-hanh-chinh\?keyword=\S+$/);
      expect(await page.locator('.provenance a').count(), p.code).toBe(p.sources.length);
      expect(await page.locator('.badge.paperless').count(), p.code).toBe(commune.badges.paperless.includes(p.code) ? 1 : 0);
      expect(await page.locator('.badge.same-day').count(), p.code).toBe(commune.badges.sameDayFriday.includes(p.code) ? 1 : 0);
      expect(await scrollsSideways(page), `${p.code} scrolls sideways at 360 px`).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks unverified facts as "chưa xác minh"', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${server.origin}/p/2.000986`);
    await page.waitForSelector('#part-online');
    expect(await page.locator('.unverified').count()).toBeGreaterThan(0);
    expect(await page.locator('.unverified').first().textContent()).toContain('Chưa xác minh');
    await page.context().close();
  });

  it('answers an unknown code with a clear page, a portal search link and the catalogue', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${server.origin}/p/9.999999`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('không có trong danh mục');
    expect(await page.locator('a[href*="tim-kiem-thu-tuc-hanh-chinh?keyword=9.999999"]').count()).toBe(1);
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    await page.goto(`${server.origin}/khong-co-trang-nay`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    await page.context().close();
  });
});

describe('language and text size', () => {
  it('switches every screen to English and remembers it', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${server.origin}/p/1.001193`);
    await page.waitForSelector('#part-online');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('#part-overview h1').textContent()).toBe('Birth registration');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#part-fees-title').textContent()).toContain('Fees and charges');
    await page.reload();
    await page.waitForSelector('#part-online');
    expect(await page.locator('#part-overview h1').textContent()).toBe('Birth registration');
    await page.goto(`${server.origin}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Commune administrative procedures');
    await page.goto(`${server.origin}/forms/to-khai-dang-ky-khai-sinh`);
    await expect.poll(() => page.locator('.form-title .gloss').textContent()).toBe('Birth registration declaration');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    await page.context().close();
  });

  it('remembers the text size and keeps the layout within a phone screen at the largest size', async () => {
    const { page } = await newPage(browser, PHONE);
    await page.goto(`${server.origin}/p/1.000894`);
    await page.waitForSelector('#part-online');
    await page.getByRole('button', { name: 'Cỡ chữ rất lớn' }).click();
    expect(await page.locator('html').getAttribute('data-text-size')).toBe('xlarge');
    await page.reload();
    await page.waitForSelector('#part-online');
    expect(await page.locator('html').getAttribute('data-text-size')).toBe('xlarge');
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(27);
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });
});

describe('blank forms at /forms/<formId>', () => {
  it('renders every form as an A4 sheet with a place for each question on paper, the motto, the signature block and its legal source', async () => {
    const { page, errors } = await newPage(browser, TABLET);
    for (const form of forms) {
      await page.goto(`${server.origin}/forms/${form.id}`);
      await page.waitForSelector('.a4', { timeout: 10_000 });
      // Questions only the screens ask are left off; the place and date of signing go in the made-at line.
      const inMadeAt = [form.madeAt?.place, form.madeAt?.date];
      const onPaper = form.sections.flatMap((s) => s.fields).filter((f) => f.onPaper !== false && !inMadeAt.includes(f.id));
      expect(await page.locator('.a4 [data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field'))), form.id).toEqual(
        onPaper.map((f) => f.id),
      );
      expect(await page.locator('.motto').textContent()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(await page.locator('.signature').count(), form.id).toBe(form.signatures.length);
      expect(await page.locator('.form-tools').textContent()).toContain(form.legalSource.vi);
    }
    await page.setViewportSize(PHONE);
    expect(await scrollsSideways(page), 'a form scrolls sideways at 360 px').toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.print-source').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

import { describe, expect, it } from 'vitest';
import { UA } from '../../src/inapp/userAgents.fixture';
import { expectScreensClean, violations } from './axe';
import { appRunning, newPage, scrollsSideways, TABLET } from './chromium';
import { fillFromExamples, formsOf } from './dossierSteps';
import { browserAndServer } from './fixture';
import { readabilityProblems } from './readability';

const shared = browserAndServer();
describe('no axe-core violations', () => {
  it('(the check itself finds a planted fault, so a pass means something)', async () => {
    const { page } = await newPage(shared.browser);
    await page.goto(shared.server.origin);
    await page.waitForSelector('.card');
    await appRunning(page);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/icons/icon-192.png"><button></button>'));
    expect((await violations(page)).map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  });

  it('on the catalogue, a sheet, a form, the scanner without a camera, the posters and settings', async () => {
    const { page } = await newPage(shared.browser);
    await expectScreensClean(page, shared.server.origin, [
      ['/', '.card'],
      ['/?q=khai%20sinh', '.card'],
      ['/p/1.000894', '#part-online'],
      ['/forms/to-khai-dang-ky-ket-hon', '.a4'],
      ['/scan', '.scan-fallbacks'],
      ['/posters', '.poster-sheet'],
      ['/settings', '#staff-title'],
      ['/p/9.999999', 'h1'],
    ]);
  });

  it('on every dossier screen: a step, its errors, the papers, the check page, print, portal, hand-off and drafts', async () => {
    const { page } = await newPage(shared.browser);
    await page.goto(`${shared.server.origin}/d/new?p=1.000894`);
    await page.waitForSelector('form.dossier-step');
    expect(await violations(page), 'step').toEqual([]);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForSelector('.problem-summary');
    expect(await violations(page), 'errors').toEqual([]);
    const id = new URL(page.url()).pathname.split('/').pop();
    await page.goto(`${shared.server.origin}/d/${id}?step=1-wife-1`);
    await fillFromExamples(page, formsOf('1.000894'));
    expect(await violations(page), 'check').toEqual([]);
    for (const step of ['documents', 'print', 'portal', 'handoff']) {
      await page.goto(`${shared.server.origin}/d/${id}?step=${step}`);
      await page.waitForSelector(step === 'handoff' ? '.handoff-code svg' : '.dossier h1');
      expect(await violations(page), step).toEqual([]);
    }
    await page.goto(`${shared.server.origin}/drafts`);
    await page.waitForSelector('.draft-row');
    expect(await violations(page), 'drafts').toEqual([]);
  });

  it('inside Zalo: the sheet’s line, the warning before a dossier, the move panel, the paste box and the scanner', async () => {
    const { page } = await newPage(shared.browser, undefined, 1, UA.zaloAndroid);
    await expectScreensClean(page, shared.server.origin, [
      ['/p/1.000894', '.in-app-line'],
      ['/d/new?p=1.000894', '.in-app-warning'],
    ]);
    await page.getByRole('button', { name: 'Vẫn soạn trong Zalo' }).click();
    await page.getByRole('button', { name: 'Chuyển hồ sơ sang Chrome' }).click();
    await page.waitForSelector('.move-panel');
    expect(await violations(page), 'move').toEqual([]);
    await expectScreensClean(page, shared.server.origin, [
      ['/drafts?paste=1', '.paste-import'],
      ['/scan', '.scan-fallbacks'],
    ]);
  });

  it('on the desk, Monday and Friday', async () => {
    for (const date of ['2026-11-23T09:00:00', '2026-11-27T09:00:00']) {
      const { context, page } = await newPage(shared.browser, TABLET);
      await context.clock.setFixedTime(new Date(date));
      await page.goto(`${shared.server.origin}/desk?p=1.000894`);
      await page.waitForSelector('#part-online');
      if (date.startsWith('2026-11-27')) await page.getByRole('button', { name: /Tiếp nhận hồ sơ trả trong ngày/ }).click();
      await page.waitForSelector('.visit');
      expect(await violations(page), date).toEqual([]);
      await context.close();
    }
  });
});

describe('readability on a 360 px phone', () => {
  it('text of at least 16 px and tap targets of at least 48 px on the screens people read and fill in', async () => {
    const { page } = await newPage(shared.browser);
    const found: string[] = [];
    for (const [path, ready] of [
      ['/', '.card'],
      ['/p/1.000894', '#part-online'],
      ['/scan', '.scan-fallbacks'],
      ['/settings', '#staff-title'],
      ['/d/new?p=1.000894', 'form.dossier-step'],
      ['/drafts', '.draft-row'],
    ] as const) {
      await page.goto(shared.server.origin + path);
      await page.waitForSelector(ready);
      found.push(...(await readabilityProblems(page)).map((p) => `${path}: ${p}`));
    }
    await page.locator('.draft-row a').first().click();
    await page.waitForSelector('form.dossier-step');
    // The step joins the address just after the step renders; before that there would be no step to replace.
    await page.waitForURL(/[?&]step=/);
    const check = page.url().replace(/step=[^&]+/, 'step=check');
    for (const step of ['check', 'portal', 'handoff']) {
      await page.goto(check.replace('step=check', `step=${step}`));
      await page.waitForSelector(step === 'handoff' ? '.handoff-code svg' : '.dossier h1');
      found.push(...(await readabilityProblems(page)).map((p) => `dossier ${step}: ${p}`));
    }
    expect(found).toEqual([]);
  });
});

/**
 * Every screen people read on a phone, in the order a visit makes them (the new dossier puts a row on /drafts). The
 * official forms and the posters are A4 on paper; on a screen they reflow like the rest.
 */
const SCREENS = [
  ['/', '.card'],
  ['/p/1.001193', '#part-online'],
  ['/p/2.001035', '#part-online'],
  ['/forms/to-khai-dang-ky-ket-hon', '.a4'],
  ['/posters', '.poster-cell'],
  ['/scan', '.scan-fallbacks'],
  ['/settings', '#staff-title'],
  ['/d/new?p=1.010824', 'form.dossier-step'],
  ['/drafts', '.draft-row'],
  ['/desk?p=1.000894', '#part-online'],
] as const;

/**
 * Wider words than any font the app ships with or a phone falls back to: the text spacing of WCAG 1.4.12 on every
 * element. A layout that fits only one font's metrics scrolls sideways with it.
 */
const WIDE_TEXT = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';

describe.each([
  ['the default font', ''],
  ['a deliberately wide font', WIDE_TEXT],
])('with %s, no screen scrolls sideways', (_name, css) => {
  it.each([
    ['at 320 px (WCAG 1.4.10)', { width: 320, height: 640 }, '100%'],
    ['at 200 % text on a 360 px phone (WCAG 1.4.4)', { width: 360, height: 640 }, '200%'],
  ])('%s', async (_case, viewport, size) => {
    const { context, page } = await newPage(shared.browser, viewport);
    const wide: string[] = [];
    for (const [path, ready] of SCREENS) {
      await page.goto(shared.server.origin + path);
      await page.waitForSelector(ready);
      if (css) await page.addStyleTag({ content: css });
      // Twice the browser's text size, as a phone's largest font setting does, on top of the app's own setting.
      await page.evaluate((fontSize) => (document.documentElement.style.fontSize = fontSize), size);
      if (await scrollsSideways(page)) wide.push(path);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});

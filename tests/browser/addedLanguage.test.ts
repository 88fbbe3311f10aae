import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectScreensClean } from './axe';
import { changedBuild } from './changedBuild';
import { launch, newPage, scrollsSideways, serveDist, TABLET } from './chromium';
import { fakeSpeech, spokenOn } from './fakeSpeech';
import { READY } from './readyOffline';

/**
 * A throwaway language, built into its own copy of the app as a commune would add one: one file,
 * procedures/languages/qaa.json. qaa is a private-use tag, so no real language is pretended to; its strings say
 * they are test strings. It gives a few strings of the first screen and one of the settings pack, and no others.
 */
const QAA = {
  name: 'Qaa (test)',
  strings: {
    catalogue: { title: 'QAA: procedures' },
    settings: { title: 'QAA: settings', storage: { title: 'QAA: offline storage' } },
  },
};
const work = mkdtempSync(join(tmpdir(), 'motcua-language-'));
const dist = join(work, 'dist');
let shared: { browser: Awaited<ReturnType<typeof launch>>; server: Awaited<ReturnType<typeof serveDist>> };
let built = '';

beforeAll(async () => {
  built = changedBuild(work, 'dist', (procedures) => {
    mkdirSync(join(procedures, 'languages'));
    writeFileSync(join(procedures, 'languages/qaa.json'), JSON.stringify(QAA));
  }).printed;
  shared = { browser: await launch(), server: await serveDist(dist) };
}, 120_000);
afterAll(async () => {
  await shared?.browser.close();
  await shared?.server.close();
  rmSync(work, { recursive: true, force: true });
});

const menu = (page: Page) => page.locator('.site-header').getByLabel('Ngôn ngữ');
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('a language a commune added with one file', () => {
  it('is counted by the build, which prints its coverage', () => {
    expect(built).toMatch(/language qaa Qaa \(test\): 3\/\d+ strings \(0 %\)/);
  });

  it('is offered in the header by its own name, chosen, shown string by string with Vietnamese beside, and remembered', async () => {
    const { page, errors } = await newPage(shared.browser);
    await page.goto(shared.server.origin);
    const options = menu(page).locator('option');
    expect(await options.allTextContents()).toEqual(['Tiếng Việt', 'English', 'Qaa (test)']);
    expect(await options.evaluateAll((o) => o.map((e) => e.getAttribute('lang')))).toEqual(['vi', 'en', 'qaa']);
    await menu(page).selectOption('qaa');
    await expect.poll(() => htmlLang(page)).toBe('qaa');
    await expect.poll(() => page.locator('h1').textContent()).toBe('QAA: procedures');
    // What the file leaves out stays Vietnamese, string by string.
    expect(await page.getByText('Tìm thủ tục').count()).toBeGreaterThan(0);

    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('QAA: procedures');
    expect(await menu(page).inputValue()).toBe('qaa');
    expect(await htmlLang(page)).toBe('qaa');

    // The catalogue and a sheet have no qaa: their content shows in Vietnamese, each screen saying so once.
    expect(await page.locator('.content-lang').textContent()).toBe('Nội dung thủ tục bằng tiếng Việt.');
    await page.goto(`${shared.server.origin}/p/1.001193`);
    await page.waitForSelector('#part-online');
    expect(await page.locator('#part-overview h1 [lang="vi"]').textContent()).toBe('Đăng ký khai sinh');
    expect(await page.locator('#part-overview .content-lang').textContent()).toBe('Nội dung thủ tục bằng tiếng Việt.');
    expect(await page.locator('.vi-only').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('has "Nghe" read the sheet’s Vietnamese facts with the Vietnamese voice, and say so', async () => {
    const { context, page, errors } = await newPage(shared.browser);
    await fakeSpeech(context, 'vi-VN');
    await page.addInitScript(() => localStorage.setItem('motcua.settings', JSON.stringify({ lang: 'qaa', textSize: 'normal' })));
    await page.goto(`${shared.server.origin}/p/1.001193`);
    await expect.poll(() => htmlLang(page)).toBe('qaa');
    await page.getByText('Nghe đọc phần tiếng Việt của tờ này bằng giọng tiếng Việt.').waitFor();
    await page.getByRole('button', { name: 'Nghe' }).click();
    const spoken = await spokenOn(page);
    expect(spoken[0]).toBe('Đăng ký khai sinh');
    // The facts only: the headings and labels are the app's words, in qaa where the file has them.
    expect(spoken.join(' ')).not.toContain('Thành phần hồ sơ');
    expect(spoken.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  it('keeps every screen free of axe-core violations, at normal and the largest text, and within a phone screen', async () => {
    for (const textSize of ['normal', 'xlarge']) {
      const { page } = await newPage(shared.browser);
      await page.addInitScript((size) => localStorage.setItem('motcua.settings', JSON.stringify({ lang: 'qaa', textSize: size })), textSize);
      // Each screen once the app has taken it over in qaa: a prerendered page has its cards before that.
      const screens = [
        ['/', 'html[lang="qaa"] .card'],
        ['/p/1.001193', 'html[lang="qaa"] #part-online'],
        ['/settings', 'html[lang="qaa"] [data-testid="offline-ready"]'],
      ] as const;
      await expectScreensClean(page, shared.server.origin, screens, async (path) => {
        expect(await htmlLang(page), `${path} ${textSize}`).toBe('qaa');
        expect(await scrollsSideways(page), `${path} ${textSize}`).toBe(false);
      });
    }
  });

  it('is offered on /settings too, with its pack strings, and back to Vietnamese from there', async () => {
    const { page } = await newPage(shared.browser, TABLET);
    await page.goto(`${shared.server.origin}/settings`);
    const choice = page.getByRole('button', { name: 'Qaa (test)' });
    expect(await choice.getAttribute('lang')).toBe('qaa');
    await choice.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('QAA: settings');
    await page.getByRole('heading', { name: 'QAA: offline storage' }).waitFor();
    // The settings pack's other strings fall back to Vietnamese.
    await page.getByText('Dùng khi không có mạng', { exact: false }).first().waitFor();
    expect(await choice.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thiết lập');
    await expect.poll(() => htmlLang(page)).toBe('vi');
  });

  it('works offline: chosen after the app was stored, with the server stopped, and after a reload', async () => {
    const server = await serveDist(dist);
    const { context, page } = await newPage(shared.browser);
    await page.goto(server.origin);
    await page.getByText(READY).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await server.close();
    await context.setOffline(true);
    await menu(page).selectOption('qaa');
    await expect.poll(() => page.locator('h1').textContent()).toBe('QAA: procedures');
    await page.goto(`${server.origin}/settings`);
    await page.getByRole('heading', { name: 'QAA: offline storage' }).waitFor();
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('QAA: settings');
    expect(await htmlLang(page)).toBe('qaa');
  });

  it('loads none of its strings in the first screen, and a remembered tag the build lacks falls back to Vietnamese', async () => {
    const { page } = await newPage(shared.browser);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    await page.goto(shared.server.origin);
    await page.waitForSelector('.card');
    const bodies = await Promise.all(asked.filter((u) => u.endsWith('.js')).map((u) => fetch(u).then((r) => r.text())));
    expect(bodies.join('\n')).not.toContain('QAA: procedures');
    await page.evaluate(() => localStorage.setItem('motcua.settings', JSON.stringify({ lang: 'km', textSize: 'normal' })));
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thủ tục hành chính tại xã');
    expect(await htmlLang(page)).toBe('vi');
  });
});

import { describe, expect, it } from 'vitest';
import { newPage } from './chromium';
import { browserAndServer } from './fixture';

const shared = browserAndServer();

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()} ${(el.getAttribute('name') ?? el.textContent ?? '').trim().slice(0, 40)}` : '';
  });

describe('keyboard only', () => {
  it('finds a procedure, starts a dossier and answers a step without a pointer', async () => {
    const { page } = await newPage(shared.browser);
    await page.goto(shared.server.origin);
    await page.waitForSelector('.card');
    // The first Tab reaches the skip link, which leads to the content.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^a Bỏ qua/);
    await page.keyboard.press('Enter');
    // It lands on the content: focus is on main, and the next Tab stays inside it, past the header's controls.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    // Into the search box, type, and on to the first result.
    for (let i = 0; i < 15 && !(await focused(page)).startsWith('input q'); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('ket hon');
    await expect.poll(() => page.locator('.card a').first().getAttribute('href')).toBe('/p/1.000894');
    for (let i = 0; i < 5 && !(await focused(page)).includes('Đăng ký kết hôn'); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#part-online');
    for (let i = 0; i < 30 && !(await focused(page)).startsWith('a Soạn hồ sơ'); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form.dossier-step');
    // Straight to the first question after "Quét CCCD để điền", then typed answers and Enter to move on.
    for (let i = 0; i < 30 && !(await focused(page)).startsWith('input wifeFullName'); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('Lê Thị Hoa');
    // A screen reader is told once that the answers are kept.
    await page.getByRole('status').filter({ hasText: 'Đã lưu trên máy.' }).waitFor({ state: 'attached' });
    await page.keyboard.press('Enter');
    // Errors for the rest: the summary takes focus, and its first link leads to the question.
    await page.waitForSelector('.problem-summary.error');
    // The summary takes focus once it has painted, not in the same task.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('problem-summary'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // A date's first box, the day.
    expect(await focused(page)).toBe('input wifeBirthDate-day');
  });
});

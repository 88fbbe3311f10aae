/**
 * Dates people know are typed in three boxes, day, month and year, in that order whatever the phone's language;
 * what is typed is kept as typed until it is a date, and a form may take a year alone where the day is not known.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/schema/dossier';
import { newPage, PHONE, scrollsSideways } from './chromium';
import { readStore, shownDate } from './dossierSteps';
import { browserAndServer } from './fixture';

const shared = browserAndServer();
const MARRIAGE = { code: '1.000894', form: 'to-khai-dang-ky-ket-hon' };
/** Đăng ký lại khai sinh: the old registration's date is asked "if known", and a year is enough. */
const REREGISTRATION = { code: '1.004884', form: 'to-khai-dang-ky-lai-khai-sinh', step: '1-previousRegistration-1' };

async function startDossier(page: Page, code: string): Promise<string> {
  await page.goto(`${shared.server.origin}/d/new?p=${code}`);
  await page.waitForSelector('form.dossier-step');
  return new URL(page.url()).pathname.split('/').pop()!;
}

const box = (page: Page, id: string, part: string) => page.locator(`form.dossier-step [name="${id}-${part}"]`);
const storedAnswer = async (page: Page, form: string, id: string) => (await readStore<Dossier>(page, 'dossiers'))[0]?.answers[form]?.[id];

describe('a date question', () => {
  it('on a phone set to English: day, month, year on one line, numeric keyboard, stored as YYYY-MM-DD', async () => {
    const { page, errors } = await newPage(shared.browser, PHONE, 1, undefined, 'en-US');
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await startDossier(page, MARRIAGE.code);
    const question = page.locator('#q-wifeBirthDate');
    expect(await question.evaluate((el) => el.tagName)).toBe('FIELDSET');
    expect(await question.locator('legend').innerText()).toContain('Ngày, tháng, năm sinh');
    expect(await question.locator('.date-part label').allInnerTexts()).toEqual(['Ngày', 'Tháng', 'Năm']);
    const boxes = question.locator('input');
    expect(
      await boxes.evaluateAll((els) => els.map((e) => [e.getAttribute('name'), e.id, e.getAttribute('type'), e.getAttribute('inputmode')])),
    ).toEqual([
      ['wifeBirthDate-day', 'f-wifeBirthDate', 'text', 'numeric'],
      ['wifeBirthDate-month', 'f-wifeBirthDate-month', 'text', 'numeric'],
      ['wifeBirthDate-year', 'f-wifeBirthDate-year', 'text', 'numeric'],
    ]);
    // One line, in order, each a finger's height, the year wider than the day, and nothing to scroll sideways at 360 px.
    const rects = await boxes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(new Set(rects.map((r) => Math.round(r.top))).size).toBe(1);
    expect(rects[0]!.right).toBeLessThan(rects[1]!.left);
    expect(rects[1]!.right).toBeLessThan(rects[2]!.left);
    for (const r of rects) expect(r.height).toBeGreaterThanOrEqual(48);
    expect(rects[0]!.width).toBeLessThan(rects[2]!.width);
    expect(rects[2]!.right).toBeLessThanOrEqual(PHONE.width);
    expect(await scrollsSideways(page)).toBe(false);

    await box(page, 'wifeBirthDate', 'day').pressSequentially('21');
    await box(page, 'wifeBirthDate', 'month').pressSequentially('7');
    await box(page, 'wifeBirthDate', 'year').pressSequentially('1998');
    await expect.poll(() => storedAnswer(page, MARRIAGE.form, 'wifeBirthDate')).toBe('1998-07-21');
    // Saved as a date, the boxes still show what was typed.
    expect(await shownDate(page, 'wifeBirthDate')).toBe('21/7/1998');
    expect(errors).toEqual([]);
  });

  it('month 13: said on moving on, only the month box marked, and nothing typed is lost on a reload', async () => {
    const { page, errors } = await newPage(shared.browser);
    await startDossier(page, MARRIAGE.code);
    await box(page, 'wifeBirthDate', 'day').fill('12');
    await box(page, 'wifeBirthDate', 'month').fill('13');
    await box(page, 'wifeBirthDate', 'year').fill('1998');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const summary = page.locator('.problem-summary.error');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Ngày, tháng, năm sinh: Tháng phải từ 1 đến 12.');
    expect(await page.locator('#q-wifeBirthDate .field-error').innerText()).toContain('Tháng phải từ 1 đến 12.');
    const invalid = () => page.locator('#q-wifeBirthDate input').evaluateAll((els) => els.map((e) => e.getAttribute('aria-invalid')));
    expect(await invalid()).toEqual([null, 'true', null]);
    // The question is described by its hint and its message, and the summary's link leads to its first box.
    const described = (await page.locator('#q-wifeBirthDate').getAttribute('aria-describedby'))!.split(' ');
    expect(described).toEqual(['f-wifeBirthDate-hint', 'f-wifeBirthDate-msg']);
    await summary.getByRole('link', { name: /năm sinh/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('wifeBirthDate-day');

    await expect.poll(() => storedAnswer(page, MARRIAGE.form, 'wifeBirthDate')).toBe('12/13/1998');
    await page.reload();
    await page.waitForSelector('form.dossier-step');
    expect(await shownDate(page, 'wifeBirthDate')).toBe('12/13/1998');
    // The month put right, the same boxes make a date; a day that is not in its month is said as such.
    await box(page, 'wifeBirthDate', 'month').fill('2');
    await box(page, 'wifeBirthDate', 'day').fill('30');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => page.locator('#q-wifeBirthDate .field-error').innerText()).toContain('Tháng đã nhập không có ngày này');
    expect(await invalid()).toEqual(['true', null, null]);
    await box(page, 'wifeBirthDate', 'day').fill('28');
    await expect.poll(() => storedAnswer(page, MARRIAGE.form, 'wifeBirthDate')).toBe('1998-02-28');
    expect(errors).toEqual([]);
  });

  it('where the day may not be known, takes a year alone, or a month and year, and reads them back so', async () => {
    const { page, errors } = await newPage(shared.browser);
    const id = await startDossier(page, REREGISTRATION.code);
    await page.goto(`${shared.server.origin}/d/${id}?step=${REREGISTRATION.step}`);
    await box(page, 'previousDate', 'year').fill('1948');
    await expect.poll(() => storedAnswer(page, REREGISTRATION.form, 'previousDate')).toBe('1948');
    await box(page, 'previousDate', 'month').fill('3');
    await expect.poll(() => storedAnswer(page, REREGISTRATION.form, 'previousDate')).toBe('1948-03');
    expect(await page.locator('#q-previousDate .hint').innerText()).toContain('chỉ cần điền năm, hoặc tháng và năm');
    await page.locator('[name="previousOffice"]').fill('UBND xã Đông Hòa');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL((u) => !u.search.includes(REREGISTRATION.step));
    await page.goto(`${shared.server.origin}/d/${id}?step=check`);
    expect(await page.locator('[data-answer="previousDate"] dd').first().innerText()).toBe('03/1948');
    // A day with no month is not a date, even here.
    await page.goto(`${shared.server.origin}/d/${id}?step=${REREGISTRATION.step}`);
    await box(page, 'previousDate', 'month').fill('');
    await box(page, 'previousDate', 'day').fill('5');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => page.locator('#q-previousDate .field-error').innerText()).toContain('Thiếu tháng.');
    expect(errors).toEqual([]);
  });
});

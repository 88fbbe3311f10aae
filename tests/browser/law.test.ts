/**
 * The law as it stands on the device's own date: how to file today, papers the office may not ask for, rules that
 * run out (with the page's clock moved past their end), the hand-on page of an online-only procedure, and a dossier
 * saved before its form was corrected.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import type { FormTemplate } from '../../src/schema/form';
import { validateData } from '../../src/schema/validate';
import { appRunning, newPage } from './chromium';
import { forms, formsOf, procedures, putDossiers, readStore } from './dossierSteps';
import { browserAndServer } from './fixture';

const shared = browserAndServer();
const { commune } = validateData(readDataFiles(process.cwd()));

const record = (id: string, code: string, answers: Record<string, Record<string, string>>) => ({
  id,
  code,
  forms: procedures.find((p) => p.code === code)!.forms,
  answers,
  documents: [],
  status: 'draft',
  applicant: null,
  submission: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
});
const examples = (form: FormTemplate) =>
  Object.fromEntries(
    form.sections
      .flatMap((s) => s.fields)
      .filter((f) => f.example)
      .map((f) => [f.id, f.example]),
  );

/** Opens the app once so its database exists, then stores these records as an earlier session would have. */
async function withDossiers(page: Page, records: unknown[]) {
  await page.goto(shared.server.origin + '/drafts');
  await page.locator('main h1').waitFor();
  await expect
    .poll(() =>
      readStore(page, 'dossiers')
        .then(() => true)
        .catch(() => false),
    )
    .toBe(true);
  await putDossiers(page, records);
}

describe('how to file today', () => {
  it('an online-only sheet says so at its top, with its source, its date and what the national record says', async () => {
    const { page, errors } = await newPage(shared.browser);
    await page.goto(shared.server.origin + '/p/1.001193');
    const filing = page.locator('[data-filing]');
    expect(await filing.getAttribute('data-filing')).toBe('onlineOnly');
    const text = await filing.textContent();
    expect(text).toContain('chỉ nộp trực tuyến');
    expect(text).toMatch(/VNeID/);
    expect(text).toMatch(/24\/CT-TTg/);
    expect(text).toMatch(/kiểm tra ngày \d\d\/\d\d\/\d{4}/);
    expect(text).toContain('Nguồn khác ghi khác');
    // It comes before the dossier components: the first thing read after the name and code.
    expect(
      await page.evaluate(() => document.querySelector('[data-filing]')!.compareDocumentPosition(document.querySelector('#part-components')!) & 4),
    ).toBe(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a paper procedure says paper is accepted', async () => {
    const { page } = await newPage(shared.browser);
    await page.goto(shared.server.origin + '/p/2.000815');
    expect(await page.locator('[data-filing]').getAttribute('data-filing')).toBe('paper');
    await page.context().close();
  });
});

describe('papers the office may not ask for', () => {
  const code = procedures.find((p) => [...p.components, ...p.present].some((c) => c.notNeeded?.basis === '66.7/2025/NQ-CP'))!.code;
  it(`are marked on the sheet (${code}) with the resolution, its end and what happens if the look-up fails`, async () => {
    const { page } = await newPage(shared.browser);
    await page.goto(shared.server.origin + `/p/${code}`);
    const note = page.locator('#part-components .not-needed').filter({ hasText: 'Theo 66.7/2025/NQ-CP' }).first();
    const text = await note.textContent();
    expect(text).toContain('Không cần mang nếu dữ liệu đã có');
    expect(text).toContain('28/02/2027');
    expect(text).toContain('Nếu tra cứu không được, cán bộ sẽ yêu cầu bổ sung');
    await page.context().close();
  });
});

describe('a rule that has run out, on the device’s own date', () => {
  const until = '2027-02-28';
  const procedure = procedures.find((p) => [...p.components, ...p.present].some((c) => c.notNeeded?.valid?.until === until))!;
  const code = procedure.code;

  it(`is not flagged before its date (${code})`, async () => {
    const { page } = await newPage(shared.browser);
    await page.clock.setFixedTime(new Date('2027-02-28T23:59:00+07:00'));
    await page.goto(shared.server.origin + `/p/${code}`);
    await appRunning(page);
    expect(await page.locator('[data-rule=expired]').count()).toBe(0);
    expect(await page.locator('.rule-expired-summary').count()).toBe(0);
    expect(await page.locator('#part-components').textContent()).toContain('đến hết 28/02/2027');
    await page.context().close();
  });

  it('says so where the rule is shown, and the catalogue marks the sheet, offline from a page prerendered before', async () => {
    const { page } = await newPage(shared.browser);
    // Midnight in Vietnam: one minute into 1 March 2027 there, still 28 February in UTC.
    await page.clock.setFixedTime(new Date('2027-03-01T00:01:00+07:00'));
    await page.goto(shared.server.origin + `/p/${code}`);
    await appRunning(page);
    expect(await page.locator('[data-rule=expired]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-rule=expired]').first().textContent()).toContain('hết hiệu lực từ 01/03/2027');
    expect(await page.locator('.rule-expired-summary').count()).toBe(1);
    await page.goto(shared.server.origin + '/');
    const card = page.locator('.card').filter({ has: page.locator(`a[href="/p/${code}"]`) });
    await expect.poll(() => card.locator('.card-expired').count()).toBe(1);
    await page.context().close();
  });

  it('counts a paper as needed again in the dossier once the rule that waived it has run out', async () => {
    // A paperless procedure asks for no papers at all, so the rule shows on one that is not.
    const p = procedures.find(
      (x) => !commune.badges.paperless.includes(x.code) && x.components.some((c) => !c.when && c.notNeeded?.valid?.until === until),
    )!;
    const paper = p.components.find((c) => !c.when && c.notNeeded?.valid?.until === until)!;
    const { page } = await newPage(shared.browser);
    await withDossiers(page, [record('lawexpiry0001', p.code, {})]);
    const needed = page.locator('.document').filter({ hasText: paper.name.vi }).locator('.needed');
    await page.goto(shared.server.origin + '/d/lawexpiry0001?step=documents');
    await page.locator('form.dossier-step').waitFor();
    expect(await needed.count()).toBe(0);
    await page.clock.setFixedTime(new Date('2027-03-02T09:00:00+07:00'));
    await page.reload();
    await expect.poll(() => needed.count()).toBe(1);
    await page.context().close();
  });
});

describe('the hand-on page follows the channel', () => {
  it('leads an online-only dossier to VNeID or the portal, and offers the printed form only as a worksheet', async () => {
    const { page } = await newPage(shared.browser);
    const [birth] = formsOf('1.001193');
    await withDossiers(page, [record('lawonline0001', '1.001193', { [birth!.id]: examples(birth!) }), record('lawpaper00001', '2.000635', {})]);
    await page.goto(shared.server.origin + '/d/lawonline0001?step=check');
    const first = page.locator('.hand-on-list > li').first().locator('a');
    await expect.poll(() => first.getAttribute('data-hand-on')).toBe('portal');
    expect(await first.getAttribute('class')).toContain('primary');
    expect(await first.textContent()).toContain('VNeID');
    expect(await page.locator('.hand-on-list').textContent()).toContain('In tờ khai nháp để chuẩn bị');
    await page.goto(shared.server.origin + '/d/lawonline0001?step=print');
    await expect.poll(() => page.locator('[data-worksheet]').textContent()).toContain('Không nộp bản giấy này');
    await page.goto(shared.server.origin + '/d/lawpaper00001?step=check');
    const paperFirst = page.locator('.hand-on-list > li').first().locator('a');
    await expect.poll(() => paperFirst.textContent()).toContain('In tờ khai đã điền');
    await page.context().close();
  });
});

describe('a dossier saved before its form was corrected', () => {
  it('opens with the corrected form: the renamed answer in its new place, the dropped one shown apart, nothing lost', async () => {
    const form = forms.find((f) => f.id === 'to-khai-dang-ky-khai-tu')!;
    const fields = form.sections.flatMap((s) => s.fields).filter((f) => f.example && !f.showIf);
    const [moved, dropped] = [fields[1]!, fields[2]!];
    const old = examples(form);
    // The correction a later release ships: one field renamed, one taken off the form.
    const corrected: FormTemplate = {
      ...form,
      sections: form.sections.map((s) => ({
        ...s,
        fields: s.fields.filter((f) => f.id !== dropped.id).map((f) => (f.id === moved.id ? { ...f, id: `${moved.id}Corrected` } : f)),
      })),
      renamedFields: { [moved.id]: `${moved.id}Corrected` },
      retiredFields: [{ id: dropped.id, label: dropped.label }],
    };
    // The app's own worker would serve the stored form; an update is what replaces it, so the page is served without one.
    const context = await shared.browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'vi-VN', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(shared.server.origin + '/drafts');
    await page.locator('main h1').waitFor();
    // A paper ticked under a name the corrected sheet no longer uses.
    await putDossiers(page, [{ ...record('lawformfix001', '1.000656', { [form.id]: old }), documents: ['Giấy tờ cũ đã đổi tên'] }]);
    await page.route(/\/data\/forms\/to-khai-dang-ky-khai-tu\.[0-9a-f]+\.json$/, (route) => route.fulfill({ json: corrected }));
    await page.goto(shared.server.origin + '/d/lawformfix001?step=check');
    const row = page.locator(`[data-answer="${moved.id}Corrected"] dd`).first();
    await expect.poll(() => row.textContent()).toContain(old[moved.id]!.slice(0, 6));
    const retired = page.locator(`[data-retired-field="${dropped.id}"]`);
    expect(await retired.textContent()).toContain(dropped.label.vi);
    expect(await retired.textContent()).toContain(old[dropped.id]);
    expect(await page.locator('.retired h3').textContent()).toBe('Thông tin không còn trên tờ khai mới');
    expect(await page.locator('[data-retired-document]').textContent()).toContain('Giấy tờ cũ đã đổi tên');
    // The stored record still holds every answer that was typed.
    const [stored] = await readStore<{ answers: Record<string, Record<string, string>> }>(page, 'dossiers');
    expect(Object.values(stored!.answers[form.id]!).sort()).toEqual(Object.values(old).sort());
    await context.close();
  });
});

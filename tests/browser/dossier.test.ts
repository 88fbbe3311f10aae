import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import type { Dossier } from '../../src/schema/dossier';
import { validateData } from '../../src/schema/validate';
import { launch, newPage, serveDist } from './chromium';
import { fieldsById, fillFromExamples } from './dossierSteps';

const { procedures, forms } = validateData(readDataFiles(process.cwd()));
const formsOf = (code: string) => procedures.find((p) => p.code === code)!.forms.map((id) => forms.find((f) => f.id === id)!);
/** The procedure with the longest form (59 questions): people with meritorious service, benefits after a death. */
const LONGEST = '1.010824';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  browser = await launch();
  server = await serveDist();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const storedDossiers = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Dossier[]>((resolve, reject) => {
        const open = indexedDB.open('motcua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('dossiers').objectStore('dossiers').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Dossier[]);
          };
        };
      }),
  );

async function startDossier(page: Page, origin: string, code: string): Promise<string> {
  await page.goto(`${origin}/d/new?p=${code}`);
  await page.waitForURL(/\/d\/[a-z0-9]{16}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** What the check page shows for each answered question: data-answer id → text. */
const shownAnswers = (page: Page) =>
  page.$$eval('.check-answers [data-answer]', (rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-answer'), r.querySelector('dd')!.textContent])));

describe('a dossier on the phone', () => {
  it('fills every question of the longest form from its examples, is ready, and keeps every answer across a reload', async () => {
    const { page, errors } = await newPage(browser);
    const id = await startDossier(page, server.origin, LONGEST);
    const filled = await fillFromExamples(page, formsOf(LONGEST));
    await expect.poll(() => page.locator('.check-answers .notice.ok').innerText()).toContain('Hồ sơ đã sẵn sàng.');
    const before = await shownAnswers(page);
    const fields = fieldsById(formsOf(LONGEST));
    expect(filled.size).toBeGreaterThan(40);
    for (const name of filled) if (name !== 'documents') expect(before[name], name).not.toMatch(/^(Cần điền|Không điền)$/);

    await page.reload();
    await page.waitForSelector('.check-answers');
    expect(await shownAnswers(page)).toEqual(before);
    const [stored] = await storedDossiers(page);
    expect(stored!.id).toBe(id);
    expect(stored!.status).toBe('ready');
    for (const name of filled) if (name !== 'documents') expect(stored!.answers[formsOf(LONGEST)[0]!.id]![name], name).toBe(fields.get(name)!.example);
    // Straight after typing, a reload finds the text: saving waits at most ~300 ms and a hidden page saves at once.
    await page.goto(`${server.origin}/d/${id}?step=1-lumpSum-2`);
    await page.locator('[name="lumpPhone"]').fill('0912345678');
    await page.reload();
    await expect.poll(() => page.locator('[name="lumpPhone"]').inputValue()).toBe('0912345678');
    expect(errors).toEqual([]);
  });

  it('lists the dossier in /drafts with its applicant and status, deletes it, and brings it back on undo', async () => {
    const { page } = await newPage(browser);
    await startDossier(page, server.origin, '1.000894');
    await page.locator('[name="wifeFullName"]').fill('Lê Thị Hồng');
    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    const row = page.locator('.draft-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/Đăng ký kết hôn[\s\S]*Lê Thị Hồng[\s\S]*Nháp/);
    await row.getByRole('button', { name: /Xóa/ }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => row.count()).toBe(1);
  });
});

import type { StoreNames } from 'idb';
import type { Page } from 'playwright-core';
import { readDataFiles } from '../../build/readData';
import type { FormField, FormTemplate } from '../../src/schema/form';
import { validateData } from '../../src/schema/validate';
import type { MotCuaDB } from '../../src/storage/database';

export const { procedures, forms } = validateData(readDataFiles(process.cwd()));
export const formsOf = (code: string) => procedures.find((p) => p.code === code)!.forms.map((id) => forms.find((f) => f.id === id)!);

/** Opens a new dossier of a procedure and returns its id once the app has moved to it. */
export async function startDossier(page: Page, origin: string, code: string): Promise<string> {
  await page.goto(`${origin}/d/new?p=${code}`);
  await page.waitForURL(/\/d\/[a-z0-9]{16}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Every record of one of the app's IndexedDB stores, read as the app left it. */
export const readStore = <T>(page: Page, store: StoreNames<MotCuaDB>) =>
  page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('motcua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    store,
  );

/** Stores records straight into the dossiers store, as if many had been prepared (or an older app wrote them). */
export const putDossiers = (page: Page, records: unknown[]) =>
  page.evaluate(
    (all) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('motcua');
        open.onsuccess = () => {
          const tx = open.result.transaction('dossiers', 'readwrite');
          for (const r of all) tx.objectStore('dossiers').put(r);
          tx.oncomplete = () => resolve(open.result.close());
        };
      }),
    records,
  );

/** Every field of these forms by id (field ids are unique within a form; the forms of one dossier share none that matter here). */
export const fieldsById = (forms: FormTemplate[]) =>
  new Map(forms.flatMap((f) => f.sections.flatMap((s) => s.fields.map((x) => [x.id, x] as const))));

const DATE_BOXES = ['day', 'month', 'year'] as const;

/** Types a date (YYYY-MM-DD, YYYY-MM or YYYY) into a date question's three boxes, as a person would. */
export async function fillDate(page: Page, id: string, date: string): Promise<void> {
  const [year, month = '', day = ''] = date.split('-');
  const typed = { day, month, year };
  for (const part of DATE_BOXES) await page.locator(`form.dossier-step [name="${id}-${part}"]`).fill(typed[part]!);
}

/** What a date question's boxes show, day/month/year. */
export async function shownDate(page: Page, id: string): Promise<string> {
  const boxes = await Promise.all(DATE_BOXES.map((part) => page.locator(`form.dossier-step [name="${id}-${part}"]`).inputValue()));
  return boxes.join('/');
}

/** The field an input answers: a date's boxes are named <id>-day, <id>-month and <id>-year. */
const fieldOf = (name: string) => name.replace(/-(?:day|month|year)$/, '');

async function fillField(page: Page, field: FormField): Promise<void> {
  const scope = page.locator('form.dossier-step');
  switch (field.type) {
    case 'radio':
      return scope.locator(`input[name="${field.id}"][value="${field.example}"]`).check();
    case 'checkbox':
      if (field.example === 'yes') await scope.locator(`input[name="${field.id}"]`).check();
      return;
    case 'select':
      return void (await scope.locator(`select[name="${field.id}"]`).selectOption(field.example));
    case 'date':
      return fillDate(page, field.id, field.example);
    default:
      return scope.locator(`[name="${field.id}"]`).fill(field.example);
  }
}

/**
 * Fills each step's shown questions with their template examples (answers can show more questions, so it looks
 * again after each), ticks every paper, and moves on until the check page. Returns the ids it filled.
 */
export async function fillFromExamples(page: Page, forms: FormTemplate[]): Promise<Set<string>> {
  const fields = fieldsById(forms);
  const filled = new Set<string>();
  for (let guard = 0; guard < 60; guard++) {
    await page.waitForSelector('form.dossier-step, .check-answers');
    if (await page.locator('.check-answers').count()) return filled;
    for (;;) {
      const names = [...new Set((await page.$$eval('form.dossier-step [name]', (els) => els.map((e) => e.getAttribute('name')!))).map(fieldOf))];
      const todo = names.filter((n) => !filled.has(n) && (fields.has(n) || n === 'documents'));
      if (todo.length === 0) break;
      for (const name of todo) {
        filled.add(name);
        if (name === 'documents') {
          for (const box of await page.locator('input[name="documents"]').all()) await box.check();
        } else {
          await fillField(page, fields.get(name)!);
        }
      }
    }
    const url = page.url();
    const moved = () => page.waitForURL((u) => u.toString() !== url).then(() => true);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    if (
      !(await Promise.race([
        moved(),
        page
          .locator('.problem-summary')
          .waitFor()
          .then(() => false),
      ]))
    ) {
      if (await page.locator('.problem-summary.error').count())
        throw new Error(`errors at ${url}: ${await page.locator('.problem-summary').innerText()}`);
      // Warnings (not errors) are shown once: moving on a second time accepts them.
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await moved();
    }
  }
  throw new Error('the steps never reached the check page');
}

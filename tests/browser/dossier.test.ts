import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/schema/dossier';
import { newPage, serveDist } from './chromium';
import { fieldsById, fillDate, fillFromExamples, formsOf, putDossiers, readStore, startDossier } from './dossierSteps';
import { browserAndServer } from './fixture';
import { READY } from './readyOffline';

/** The procedure with the longest form (59 questions): people with meritorious service, benefits after a death. */
const LONGEST = '1.010824';
const shared = browserAndServer();

const storedDossiers = (page: Page) => readStore<Dossier>(page, 'dossiers');

/** What the check page shows for each answered question: data-answer id → text. */
const shownAnswers = (page: Page) =>
  page.$$eval('.check-answers [data-answer]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-answer'), r.querySelector('dd')!.textContent])),
  );

describe('a dossier on the phone', () => {
  it('fills every question of the longest form from its examples, is ready, and keeps every answer across a reload', async () => {
    const { page, errors } = await newPage(shared.browser);
    const id = await startDossier(page, shared.server.origin, LONGEST);
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
    for (const name of filled)
      if (name !== 'documents') expect(stored!.answers[formsOf(LONGEST)[0]!.id]![name], name).toBe(fields.get(name)!.example);
    // Straight after typing, a reload finds the text: saving waits at most ~300 ms and a hidden page saves at once.
    await page.goto(`${shared.server.origin}/d/${id}?step=1-lumpSum-2`);
    await page.locator('[name="lumpPhone"]').fill('0912345678');
    await page.reload();
    await expect.poll(() => page.locator('[name="lumpPhone"]').inputValue()).toBe('0912345678');
    expect(errors).toEqual([]);
  });

  it('goes from /d/new to the first step without showing any other screen on the way', async () => {
    const { page, errors } = await newPage(shared.browser);
    await page.addInitScript(() => {
      const seen: string[] = [];
      new MutationObserver(() => {
        const heading = document.querySelector('main h1')?.textContent;
        if (heading && heading !== seen.at(-1)) seen.push(heading);
        sessionStorage.setItem('headings', JSON.stringify(seen));
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await startDossier(page, shared.server.origin, '1.000894');
    await page.waitForSelector('form.dossier-step');
    expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('headings') ?? '[]'))).toEqual(['Đăng ký kết hôn']);
    expect(errors).toEqual([]);
  });

  it('keeps what is typed without leaving the question: saved within a moment, with its applicant, and on the next screen', async () => {
    const { page, errors } = await newPage(shared.browser);
    const id = await startDossier(page, shared.server.origin, '1.000894');
    // Keystrokes only: the question is not left, so the step does not render again (FieldStepView) until later.
    await page.locator('[name="wifeFullName"]').focus();
    await page.keyboard.type('Lê Thị Hồng');
    await expect
      .poll(async () => (await storedDossiers(page)).map((d) => [d.applicant, d.answers['to-khai-dang-ky-ket-hon']?.wifeFullName]))
      .toEqual([['Lê Thị Hồng', 'Lê Thị Hồng']]);
    await page.evaluate((path) => {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/d/${id}?step=check`);
    await page.waitForSelector('.check-answers');
    expect((await shownAnswers(page)).wifeFullName).toBe('Lê Thị Hồng');
    expect(errors).toEqual([]);
  });

  it('lists the dossier in /drafts with its applicant and status, deletes it, and brings it back on undo', async () => {
    const { page } = await newPage(shared.browser);
    await startDossier(page, shared.server.origin, '1.000894');
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

describe('many dossiers', () => {
  it('lists the newest 50 first and shows the rest on request', async () => {
    const { page } = await newPage(shared.browser);
    await startDossier(page, shared.server.origin, '1.000894');
    const [template] = await storedDossiers(page);
    await putDossiers(
      page,
      Array.from({ length: 59 }, (_, i) => ({
        ...template!,
        id: `many${String(i).padStart(12, '0')}`,
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      })),
    );
    await page.goto(`${shared.server.origin}/drafts`);
    await expect.poll(() => page.locator('.draft-row').count()).toBe(50);
    // The newest first: the one just started, then the seeded ones from the latest down.
    expect(await page.locator('.draft-row').nth(1).getAttribute('data-dossier')).toBe('many000000000058');
    await page.getByRole('button', { name: 'Xem thêm 10 hồ sơ (còn 10)' }).click();
    await expect.poll(() => page.locator('.draft-row').count()).toBe(60);
  });

  it('moves a record that fails the schema to quarantine when listing, and keeps listing the others', async () => {
    const { page } = await newPage(shared.browser);
    await startDossier(page, shared.server.origin, '1.000894');
    const [good] = await storedDossiers(page);
    const broken = { ...good!, id: 'brokenrecord0001', status: 'lost' };
    await putDossiers(page, [broken]);
    await page.goto(`${shared.server.origin}/drafts`);
    await page.getByText('1 hồ sơ bị hỏng trên máy nên không đọc được.', { exact: false }).waitFor();
    expect(await page.locator('.draft-row').count()).toBe(1);
    expect((await storedDossiers(page)).map((d) => d.id)).toEqual([good!.id]);
    expect(await readStore(page, 'quarantine')).toEqual([{ record: broken, problem: expect.stringMatching(/^status: /), at: expect.any(String) }]);
  });
});

describe('with no network at all', () => {
  it('after one visit, starts, fills and reloads a dossier with the server stopped', async () => {
    const own = await serveDist();
    const { page, errors } = await newPage(shared.browser);
    await page.goto(own.origin);
    await page.getByText(READY).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await own.close();
    expect(
      await fetch(own.origin).then(
        () => 'up',
        () => 'down',
      ),
    ).toBe('down');

    const id = await startDossier(page, own.origin, '1.000894');
    await fillFromExamples(page, formsOf('1.000894'));
    const before = await shownAnswers(page);
    await page.reload();
    await page.waitForSelector('.check-answers');
    expect(await shownAnswers(page)).toEqual(before);
    await page.goto(`${own.origin}/drafts`);
    await expect.poll(() => page.locator(`[data-dossier="${id}"] .draft-status`).innerText()).toBe('Sẵn sàng');
    expect(errors).toEqual([]);
  });
});

describe('checking answers', () => {
  it('says what to fix in a summary that takes focus, titles the page "Lỗi:", and warns once about a mismatched ID number', async () => {
    const { page } = await newPage(shared.browser);
    await startDossier(page, shared.server.origin, '1.001776');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const summary = page.locator('.problem-summary.error');
    await summary.waitFor();
    await expect.poll(() => page.title()).toMatch(/^Lỗi: /);
    // The summary takes focus once it has painted, not in the same task.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('problem-summary'))).toBe(true);
    expect(await summary.innerText()).toMatch(/: Chưa điền mục này\./);
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('subjectFullName');

    await page.locator('[name="subjectFullName"]').fill('Lê Thị Mai');
    await fillDate(page, 'subjectBirthDate', '2016-04-09');
    await page.locator('input[name="subjectSex"][value="nu"]').check();
    // 2 = a boy born in the 2000s: the app warns, and a second "Tiếp tục" accepts.
    await page.locator('[name="subjectIdNumber"]').fill('038216004321');
    await page.locator('[name="subjectEthnicity"]').fill('Kinh');
    const url = page.url();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.locator('.problem-summary.warning').waitFor();
    expect(await page.locator('.problem-summary.warning').innerText()).toContain('giới tính khác');
    expect(page.url()).toBe(url);
    // Warnings alone are no error: the title, set after the step renders, loses its "Lỗi:".
    await expect.poll(() => page.title()).not.toMatch(/^Lỗi/);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL((u) => u.toString() !== url);
  });

  it('"Sửa" on the check page returns to that question, and back to the check page after it', async () => {
    const { page } = await newPage(shared.browser);
    const id = await startDossier(page, shared.server.origin, '1.000894');
    await fillFromExamples(page, formsOf('1.000894'));
    await page.locator('[data-answer="husbandFullName"] a', { hasText: 'Sửa' }).click();
    await page.locator('form.dossier-step [name="husbandFullName"]').fill('Trần Văn Bình');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL(`${shared.server.origin}/d/${id}?step=check`);
    expect(await page.locator('[data-answer="husbandFullName"] dd').first().innerText()).toBe('Trần Văn Bình');
  });

  it('warns when a partner is under the marriage age the law sets', async () => {
    const { page } = await newPage(shared.browser);
    await startDossier(page, shared.server.origin, '1.000894');
    await fillDate(page, 'wifeBirthDate', '2015-01-01');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    // Other questions are still empty: their errors lead, and the age warning stands beside its question.
    await page.locator('.problem-summary.error').waitFor();
    expect(await page.locator('#q-wifeBirthDate .field-warning').innerText()).toMatch(/Luật Hôn nhân và gia đình[\s\S]*18 tuổi/);
  });
});

describe('handing on', () => {
  it('prints the official form with the answers written in', async () => {
    const { page } = await newPage(shared.browser);
    const id = await startDossier(page, shared.server.origin, '1.000894');
    await fillFromExamples(page, formsOf('1.000894'));
    // Kết hôn is filed online only since 1/10/2025: its printed form is a worksheet, with the same answers.
    await page.getByRole('link', { name: 'In tờ khai nháp để chuẩn bị' }).click();
    await page.waitForURL(`${shared.server.origin}/d/${id}?step=print`);
    const form = formsOf('1.000894')[0]!;
    await page.emulateMedia({ media: 'print' });
    const fields = form.sections.flatMap((s) => s.fields);
    const printedDate = (iso: string) => iso.split('-').reverse().join('/');
    for (const field of fields.filter((f) => f.id !== form.madeAt?.place && f.id !== form.madeAt?.date)) {
      const line = page.locator(`.a4 [data-field="${field.id}"]`);
      if (field.options) expect(await line.locator('.box', { hasText: 'X' }).count(), field.id).toBe(1);
      else if (field.type === 'date') expect(await line.innerText()).toContain(printedDate(field.example));
      else expect(await line.innerText(), field.id).toContain(field.example);
    }
    const [y, m, d] = fields.find((f) => f.id === form.madeAt!.date)!.example.split('-');
    const place = fields.find((f) => f.id === form.madeAt!.place)!.example;
    expect(await page.locator('.a4 .made-at').innerText()).toBe(`Làm tại: ${place}, ngày ${d} tháng ${m} năm ${y}`);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });

  it('records a portal filing only when told its number, and shows "Đã nộp" with a way to look it up', async () => {
    const { page } = await newPage(shared.browser);
    const id = await startDossier(page, shared.server.origin, '1.000894');
    await page.goto(`${shared.server.origin}/d/${id}?step=portal`);
    await page.getByRole('button', { name: 'Ghi nhận đã nộp' }).click();
    expect((await storedDossiers(page))[0]!.submission).toBeNull();
    await page.getByLabel('Mã hồ sơ do Cổng cấp').fill('G22.123-261123-0001');
    await page.getByRole('button', { name: 'Ghi nhận đã nộp' }).click();
    await page.getByText(/mã hồ sơ G22\.123-261123-0001/).waitFor();
    expect(await page.getByRole('link', { name: 'Tra cứu hồ sơ trên Cổng' }).getAttribute('href')).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
    await page.goto(`${shared.server.origin}/drafts`);
    await expect.poll(() => page.locator('.draft-row .draft-status').innerText()).toBe('Đã nộp');
  });

  it('exports a dossier to a file and imports it back exactly; refuses a file edited by hand', async () => {
    const { page } = await newPage(shared.browser);
    await startDossier(page, shared.server.origin, '1.000894');
    await fillFromExamples(page, formsOf('1.000894'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp hồ sơ' }).click()]);
    const file = readFileSync((await download.path())!, 'utf8');
    await page.goto(`${shared.server.origin}/drafts`);
    // The list shows once changes kept in the journal at the page change are stored.
    await page.locator('.draft-row').waitFor();
    // What is stored is the file's dossier, marked as handed on by the download.
    const [{ sentAt, ...original }] = (await storedDossiers(page)) as [Dossier];
    expect(sentAt).toEqual(expect.any(String));
    expect(JSON.parse(file).dossiers).toEqual([original]);

    await page.locator('.draft-row').getByRole('button', { name: /Xóa/ }).click();
    await expect.poll(() => storedDossiers(page)).toEqual([]);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ho-so.json', mimeType: 'application/json', buffer: Buffer.from(file.replace('Lê', 'Lý')) });
    await page.getByText('Tệp đã bị sửa hoặc bị hỏng sau khi tải về, nên không nhập.').waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'ho-so.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    expect(await page.locator('.import-summary').innerText()).toContain('Mới: 1');
    await page.getByRole('button', { name: 'Nhập 1 hồ sơ' }).click();
    await page.getByText('Đã nhập 1 hồ sơ.').waitFor();
    expect(await storedDossiers(page)).toEqual([original]);
    // The same file again adds nothing.
    await page.locator('input[type="file"]').setInputFiles({ name: 'ho-so.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    expect(await page.locator('.import-summary').innerText()).toContain('Đã có, bỏ qua: 1');
  });
});

describe('stored data', () => {
  it('migrates a database written by the first schema (version 1) to the current one without loss, and quarantines a damaged record', async () => {
    const { page, errors } = await newPage(shared.browser);
    await page.goto(`${shared.server.origin}/settings`);
    const good = [0, 1].map((i) => ({
      id: `oldrecord000000${i}`,
      code: '1.000894',
      forms: ['to-khai-dang-ky-ket-hon'],
      answers: { 'to-khai-dang-ky-ket-hon': { wifeFullName: i ? 'Lê Thị Hồng Vân' : 'Lê Thị Hồng' } },
      documents: [],
      status: 'draft',
      applicant: i ? 'Lê Thị Hồng Vân' : 'Lê Thị Hồng',
      submission: null,
      createdAt: `2026-11-2${i}T08:00:00.000Z`,
      updatedAt: `2026-11-2${i}T08:00:00.000Z`,
    }));
    const damaged = { ...good[0], id: 'oldrecord0000009', answers: 'not an object' };
    // Version 1, as the first release wrote it: one store of dossiers keyed by id.
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('motcua', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('dossiers', { keyPath: 'id' });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('dossiers', 'readwrite');
            for (const r of records) tx.objectStore('dossiers').put(r);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      [...good, damaged],
    );
    await page.goto(`${shared.server.origin}/drafts`);
    await expect.poll(() => page.locator('.draft-row').count()).toBe(2);
    expect(await page.getByText('1 hồ sơ bị hỏng trên máy nên không đọc được.', { exact: false }).count()).toBe(1);
    const after = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve) => {
          const open = indexedDB.open('motcua');
          open.onsuccess = () => {
            resolve({ version: open.result.version, stores: [...open.result.objectStoreNames] });
            open.result.close();
          };
        }),
    );
    expect(after).toEqual({ version: 3, stores: ['dossiers', 'quarantine', 'receipts'] });
    expect(await readStore(page, 'quarantine')).toEqual([{ record: damaged, problem: expect.stringMatching(/^answers: /), at: expect.any(String) }]);
    expect((await storedDossiers(page)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(good);
    expect(errors).toEqual([]);
  });
});

describe('faults', () => {
  it('says in plain words when storage is full, and keeps what was typed on screen', async () => {
    const { page } = await newPage(shared.browser);
    await startDossier(page, shared.server.origin, '1.000894');
    await page.locator('[name="wifeFullName"]').waitFor();
    // The disk fills up while the person is typing.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.locator('[name="wifeFullName"]').fill('Lê Thị Hồng');
    await page.getByText('Bộ nhớ máy đã đầy nên chưa lưu được.', { exact: false }).waitFor();
    expect(await page.locator('[name="wifeFullName"]').inputValue()).toBe('Lê Thị Hồng');
  });

  it('says which tab to close when an older version in another tab holds the database, and works once it is closed', async () => {
    const { context } = await newPage(shared.browser);
    // The other tab: an app of the first version that opened the database and never lets go of it.
    const old = await context.newPage();
    await old.goto(`${shared.server.origin}/settings`);
    await old.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('motcua', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('dossiers', { keyPath: 'id' });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => resolve();
        }),
    );
    const page = await context.newPage();
    await page.goto(`${shared.server.origin}/drafts`);
    await page.getByText('Hãy đóng các thẻ khác của Một Cửa rồi tải lại trang này.', { exact: false }).waitFor({ timeout: 15_000 });
    await old.close();
    await page.reload();
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
  });
});

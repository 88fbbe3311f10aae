import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Dossier, Receipt } from '../../src/schema/dossier';
import { newPage, TABLET } from './chromium';
import { fillFromExamples, formsOf, putDossiers, readStore } from './dossierSteps';
import { browserAndServer } from './fixture';

const MONDAY = new Date('2026-11-23T09:00:00');
const FRIDAY = new Date('2026-11-27T09:00:00');
const STAFF = 'Nguyễn Thị Lan';
const shared = browserAndServer();

/** Everything the app keeps about people on this device: IndexedDB stores and localStorage. */
const storedText = async (page: Page) => ({
  dossiers: await readStore<Dossier>(page, 'dossiers'),
  receipts: await readStore<Receipt>(page, 'receipts'),
  local: await page.evaluate(() => JSON.stringify({ ...localStorage })),
});

async function deskTablet(date: Date): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newPage(shared.browser, TABLET);
  await context.clock.setFixedTime(date);
  // The staff member's name, as set once in Settings.
  await context.addInitScript((name) => {
    if (!localStorage.getItem('motcua.desk'))
      localStorage.setItem('motcua.desk', JSON.stringify({ staffName: name, idleMinutes: 0, visit: null, round: null }));
  }, STAFF);
  return { context, page };
}

describe('/desk on a tablet', () => {
  it('moves a damaged same-day receipt to quarantine, keeps listing the others, and does not count it as a dossier', async () => {
    const { page } = await deskTablet(FRIDAY);
    await page.goto(`${shared.server.origin}/desk?p=1.000894`);
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ trả trong ngày (1.000894)' }).click();
    await expect.poll(() => page.locator('.receipt').count()).toBe(1);
    // A record an older version, or a fault, wrote wrongly.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('motcua');
          open.onsuccess = () => {
            const tx = open.result.transaction('receipts', 'readwrite');
            tx.objectStore('receipts').put({ id: 'brokenreceipt001', day: '2026-11-27', number: 'two' });
            tx.oncomplete = () => resolve(open.result.close());
          };
        }),
    );
    await page.reload();
    await expect.poll(() => page.locator('.receipt').count()).toBe(1);
    await expect.poll(async () => (await readStore<Receipt>(page, 'receipts')).length).toBe(1);
    expect(await readStore(page, 'quarantine')).toEqual([
      { record: { id: 'brokenreceipt001', day: '2026-11-27', number: 'two' }, problem: expect.any(String), at: expect.any(String), from: 'receipts' },
    ]);
    await page.goto(`${shared.server.origin}/drafts`);
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    expect(await page.getByText('bị hỏng trên máy', { exact: false }).count()).toBe(0);
  });

  it('on no-writing Monday, staff prepare a dossier for the citizen, marked as theirs, and print it filled in', async () => {
    const { page } = await deskTablet(MONDAY);
    await page.goto(`${shared.server.origin}/desk`);
    await page.getByRole('heading', { name: 'Thứ Hai — ngày không viết' }).waitFor();
    await page.getByRole('navigation', { name: 'Danh sách thủ tục' }).getByRole('link', { name: 'Đăng ký kết hôn' }).click();
    await page.waitForSelector('#part-online');
    expect(await page.getByText(`Cán bộ ghi thay: ${STAFF}`).count()).toBe(1);
    await page.getByRole('button', { name: 'Hiện mã QR' }).click();
    expect(await page.locator('dialog.big-qr svg').getAttribute('data-qr')).toBe(`${shared.server.origin}/p/1.000894`);
    await page.locator('dialog.big-qr').getByRole('button', { name: 'Đóng' }).click();

    // Kết hôn takes no paper dossier since 1/10/2025: writing for the citizen is filing online for them.
    expect(await page.locator('.day-banner').textContent()).toContain('Thủ tục chỉ nộp trực tuyến');
    await page.getByRole('link', { name: 'Khai hộ trực tuyến cho người dân' }).click();
    await page.waitForURL(/\/d\/[a-z0-9]{16}\?step=/);
    await fillFromExamples(page, formsOf('1.000894'));
    expect(await page.getByText(`Soạn tại Trung tâm Phục vụ hành chính công, cán bộ ghi thay: ${STAFF}.`).count()).toBe(1);
    expect(await page.locator('.hand-on-list > li').first().textContent()).toContain('Nộp trực tuyến trên VNeID');
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByRole('link', { name: 'In tờ khai nháp để chuẩn bị' }).click();
    await page.getByRole('button', { name: 'In biểu mẫu' }).click();
    const husband = formsOf('1.000894')[0]!
      .sections.flatMap((s) => s.fields)
      .find((f) => f.id === 'husbandFullName')!;
    expect(await page.locator('.a4 [data-field="husbandFullName"]').innerText()).toContain(husband.example);
    await page.goto(`${shared.server.origin}/desk`);
    // The visit lists it, printed, so ending the visit has nothing to warn about.
    await expect.poll(() => page.locator('.visit-list li').count()).toBe(1);
    const { dossiers } = await storedText(page);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]).toMatchObject({ assistedBy: STAFF, visit: expect.any(String), printedAt: expect.any(String), status: 'ready' });
    expect(await page.locator('.visit-list').innerText()).not.toContain('chưa in');
  });

  it('on no-appointment Friday, lists today’s same-day dossiers with their checks and status, and keeps them', async () => {
    const { page } = await deskTablet(FRIDAY);
    await page.goto(`${shared.server.origin}/desk?p=1.000894`);
    await page.getByRole('heading', { name: 'Thứ Sáu — ngày không hẹn' }).waitFor();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ trả trong ngày (1.000894)' }).click();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ trả trong ngày (1.000894)' }).click();
    await expect.poll(() => page.locator('.receipt').count()).toBe(2);
    expect(await page.locator('.same-day .notice').innerText()).toBe('Còn 2/2 hồ sơ chưa trả kết quả.');
    const first = page.locator('[data-receipt="1"]');
    expect(await first.locator('input[type="checkbox"]').count()).toBe(4);
    for (const box of await first.locator('input[type="checkbox"]').all()) await box.check();
    await first.getByRole('button', { name: 'Đã ký' }).click();
    await first.getByRole('button', { name: 'Đã trả' }).click();
    await expect.poll(() => page.locator('.same-day .notice').innerText()).toBe('Còn 1/2 hồ sơ chưa trả kết quả.');
    await page.reload();
    await expect.poll(() => page.locator('[data-receipt="1"] [aria-pressed="true"]').innerText()).toBe('Đã trả');
    const { receipts } = await storedText(page);
    expect(receipts.find((r) => r.number === 1)).toMatchObject({ status: 'returned', code: '1.000894', day: '2026-11-27' });
    expect(receipts.find((r) => r.number === 1)!.checks).toHaveLength(4);
    // Two taps in one go, quicker than the list reloads, still get two running numbers.
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ trả trong ngày (1.000894)' }).evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await expect.poll(() => page.locator('.receipt').count()).toBe(4);
    expect(await page.locator('.receipt').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-receipt')))).toEqual(['1', '2', '3', '4']);
    // A Monday shows no same-day list.
    const monday = await deskTablet(MONDAY);
    await monday.page.goto(`${shared.server.origin}/desk`);
    await monday.page.getByRole('heading', { name: 'Thứ Hai — ngày không viết' }).waitFor();
    expect(await monday.page.locator('.same-day').count()).toBe(0);
  });

  it('"Kết thúc lượt" warns about what was not printed, then leaves nothing of that citizen and keeps everything else', async () => {
    const { page } = await deskTablet(MONDAY);
    // A dossier of the device's own, from before the tablet became a desk.
    await page.goto(`${shared.server.origin}/d/new?p=1.001776`);
    await page.locator('[name="subjectFullName"]').fill('Lê Văn Khác');
    await page.goto(`${shared.server.origin}/desk?p=1.000894`);
    await page.getByRole('link', { name: 'Khai hộ trực tuyến cho người dân' }).click();
    await page.locator('[name="wifeFullName"]').fill('Phạm Thị Riêng');
    await page.goto(`${shared.server.origin}/desk`);
    await expect.poll(() => page.locator('.visit-list li').count()).toBe(1);
    expect(await page.locator('.visit-list').innerText()).toContain('chưa in, chưa chuyển');
    await page.getByRole('button', { name: 'Kết thúc lượt' }).click();
    expect(await page.locator('.end-visit').innerText()).toContain('Có 1 hồ sơ chưa in và chưa chuyển đi. Xóa là mất.');
    await page.getByRole('button', { name: 'Xóa và tiếp người tiếp theo' }).click();
    await page.getByText('Đã xóa 1 hồ sơ của lượt trước khỏi máy.').waitFor();
    const after = await storedText(page);
    expect(JSON.stringify(after)).not.toContain('Phạm Thị Riêng');
    expect(after.dossiers.map((d) => d.applicant)).toEqual(['Lê Văn Khác']);
    expect(await page.locator('.visit-list li').count()).toBe(0);
  });

  it('an idle tablet goes back to /desk, counts down, and clears the visit unless someone is still there', async () => {
    const context = await shared.browser.newContext({ viewport: TABLET, locale: 'vi-VN' });
    await context.clock.install({ time: MONDAY });
    const page = await context.newPage();
    await context.addInitScript(() =>
      localStorage.setItem('motcua.desk', JSON.stringify({ staffName: 'Lan', idleMinutes: 5, visit: 'visit0000000001', round: null })),
    );
    await page.goto(`${shared.server.origin}/d/new?p=1.000894&by=desk`);
    await page.locator('[name="wifeFullName"]').fill('Đỗ Thị Bỏ Quên');
    await context.clock.fastForward('05:30');
    await page.waitForURL(`${shared.server.origin}/desk`);
    await page.getByText(/sẽ được xóa sau \d+ giây/).waitFor();
    await context.clock.runFor(65_000);
    await page.getByText('Đã xóa 1 hồ sơ của lượt trước khỏi máy.').waitFor();
    expect(JSON.stringify(await storedText(page))).not.toContain('Đỗ Thị Bỏ Quên');
  });
});

describe('an outreach round', () => {
  it('of 20 households is handed to the desk as one file, summarised, and imported exactly once', async () => {
    const field = await newPage(shared.browser);
    await field.page.goto(`${shared.server.origin}/drafts`);
    await field.page.getByLabel('Tên đợt').fill('Thôn Đông 23/11');
    await field.page.getByRole('button', { name: 'Bắt đầu đợt' }).click();
    await field.page.getByText('Đang làm đợt “Thôn Đông 23/11”').waitFor();
    const ids: string[] = [];
    for (const [i, code] of ['1.000894', '1.001776'].entries()) {
      await field.page.goto(`${shared.server.origin}/d/new?p=${code}`);
      await field.page.waitForURL(/step=/);
      ids.push(new URL(field.page.url()).pathname.split('/').pop()!);
      await field.page
        .locator('form.dossier-step input[type="text"]')
        .first()
        .fill(`Hộ số ${i + 1}`.replace(/\d/, 'Một'));
    }
    // 18 more households, as the round's dossiers are stored: copies of the first with their own ids and names.
    await field.page.goto(`${shared.server.origin}/drafts`);
    await field.page.locator('.draft-row').first().waitFor();
    const [template] = (await storedText(field.page)).dossiers.filter((d) => d.code === '1.000894');
    expect(template!.round).toBe('Thôn Đông 23/11');
    await putDossiers(
      field.page,
      Array.from({ length: 18 }, (_, i) => ({ ...template!, id: `round${String(i).padStart(11, '0')}`, applicant: `Hộ ${i + 3}` })),
    );
    await field.page.reload();
    const round = field.page.locator('[data-round="Thôn Đông 23/11"]');
    await expect.poll(() => round.innerText()).toContain('20 hồ sơ');
    const [download] = await Promise.all([field.page.waitForEvent('download'), round.getByRole('button', { name: 'Tải tệp cả đợt' }).click()]);
    const file = readFileSync((await download.path())!);

    const desk = await newPage(shared.browser, TABLET);
    await desk.page.goto(`${shared.server.origin}/drafts`);
    const pick = desk.page.locator('input[type="file"]');
    await pick.setInputFiles({ name: 'dot.json', mimeType: 'application/json', buffer: file });
    const summary = desk.page.locator('.import-summary');
    await expect.poll(() => summary.innerText()).toContain('Nhập đợt “Thôn Đông 23/11”');
    expect(await summary.innerText()).toMatch(/Mới: 20 · Cập nhật: 0 · Đã có, bỏ qua: 0/);
    expect(await summary.innerText()).toMatch(/Đăng ký kết hôn: 19 hồ sơ/);
    await desk.page.getByRole('button', { name: 'Nhập 20 hồ sơ' }).click();
    await desk.page.getByText('Đã nhập 20 hồ sơ.').waitFor();
    await expect.poll(async () => (await storedText(desk.page)).dossiers.length).toBe(20);
    // The same round again: nothing is imported twice.
    await pick.setInputFiles({ name: 'dot.json', mimeType: 'application/json', buffer: file });
    await expect.poll(() => summary.innerText()).toMatch(/Mới: 0 · Cập nhật: 0 · Đã có, bỏ qua: 20/);
    expect(await desk.page.getByRole('button', { name: /^Nhập \d+ hồ sơ$/ }).count()).toBe(0);
    expect((await storedText(desk.page)).dossiers.map((d) => d.id).sort()).toEqual(
      [...ids, ...Array.from({ length: 18 }, (_, i) => `round${String(i).padStart(11, '0')}`)].sort(),
    );
  });
});

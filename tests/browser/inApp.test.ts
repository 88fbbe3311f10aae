import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FILE_VERSION } from '../../src/exchange/exportFile';
import { UA } from '../../src/inapp/userAgents.fixture';
import type { Dossier } from '../../src/schema/dossier';
import { appRunning, newPage, PHONE, TABLET } from './chromium';
import { readStore } from './dossierSteps';
import { browserAndServer } from './fixture';
import { READY } from './readyOffline';

const shared = browserAndServer();
/** A birth registration: the commonest sheet, and a short form. */
const CODE = '1.001193';

/** Layout shifts since the page began, as Chromium reports them (CLS's entries). */
const shifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(list.getEntries().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0)),
        ).observe({
          type: 'layout-shift',
          buffered: true,
        });
        // No entry at all is reported as no callback: zero.
        setTimeout(() => resolve(0), 500);
      }),
  );

describe('a sheet opened inside an app', () => {
  it('Zalo on Android: the line beside "Soạn hồ sơ" opens the same address in Chrome, only when tapped, and moves nothing on screen', async () => {
    const { page, errors } = await newPage(shared.browser, PHONE, 1, UA.zaloAndroid);
    const url = `${shared.server.origin}/p/${CODE}`;
    await page.goto(url);
    const line = page.locator('.in-app-line');
    await line.waitFor();
    expect(await line.innerText()).toContain('Bạn đang xem trong Zalo. Mở bằng Chrome để dùng khi không có mạng và lưu hồ sơ trên máy.');
    const open = line.getByRole('link', { name: 'Mở bằng Chrome' });
    const port = new URL(shared.server.origin).host;
    expect(await open.getAttribute('href')).toBe(
      `intent://${port}/p/${CODE}#Intent;scheme=http;package=com.android.chrome;S.browser_fallback_url=${encodeURIComponent(url)};end`,
    );
    // It sits with the start button, below the first screen of a phone: the reader's view does not move.
    expect(await line.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(PHONE.height);
    expect(await shifts(page)).toBe(0);
    expect(page.url()).toBe(url);
    // The sheet itself reads in full there.
    expect(await page.locator('#part-components, #part-fees, #part-legal').count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('iPhone: the steps in the app’s menu and the link to copy, by hand where the app blocks the clipboard', async () => {
    const { page, context } = await newPage(shared.browser, PHONE, 1, UA.zaloIos);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.server.origin });
    const url = `${shared.server.origin}/p/${CODE}`;
    await page.goto(url);
    const line = page.locator('.in-app-line');
    await line.waitFor();
    expect(await line.innerText()).toContain('Mở bằng Safari');
    expect(await line.innerText()).toContain('Bấm nút ••• ở góc màn hình, rồi chọn “Mở bằng trình duyệt”');
    expect(await line.locator('a[href^="intent:"]').count()).toBe(0);
    await line.getByRole('button', { name: 'Sao chép đường dẫn' }).click();
    await expect.poll(() => line.innerText()).toContain('Đã sao chép đường dẫn.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    const blocked = await newPage(shared.browser, PHONE, 1, UA.zaloIos);
    await blocked.page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
      document.execCommand = () => false;
    });
    await blocked.page.goto(url);
    const blockedLine = blocked.page.locator('.in-app-line');
    await blockedLine.getByRole('button', { name: 'Sao chép đường dẫn' }).click();
    const box = blockedLine.getByLabel('Zalo không cho sao chép tự động.', { exact: false });
    expect(await box.inputValue()).toBe(url);
    // Selected, ready for the phone's own "Copy".
    expect(await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, url.length]);

    // Safari's Add-to-Home-Screen steps are Safari's: inside Zalo on an iPhone nothing offers to install.
    await page.goto(`${shared.server.origin}/`);
    await page.locator('.in-app-line').waitFor();
    expect(await page.locator('#install-title').count()).toBe(0);
  });

  it('names Facebook, Messenger, Instagram and TikTok as such', async () => {
    for (const [ua, name, browser] of [
      [UA.facebookAndroid, 'Facebook', 'Chrome'],
      [UA.messengerIos, 'Messenger', 'Safari'],
      [UA.instagramIos, 'Instagram', 'Safari'],
      [UA.tiktokAndroid, 'TikTok', 'Chrome'],
    ] as const) {
      const { page, context } = await newPage(shared.browser, PHONE, 1, ua);
      await page.goto(`${shared.server.origin}/p/${CODE}`);
      await expect
        .poll(() =>
          page
            .locator('.in-app-line')
            .innerText()
            .catch(() => ''),
        )
        .toContain(`Bạn đang xem trong ${name}. Mở bằng ${browser}`);
      await context.close();
    }
  });

  it('says nothing of the kind in Chrome, and offers to install there', async () => {
    const { page } = await newPage(shared.browser, PHONE, 1, UA.chromeAndroid);
    await page.goto(`${shared.server.origin}/p/${CODE}`);
    await appRunning(page);
    await page.waitForTimeout(300);
    expect(await page.locator('.in-app-line').count()).toBe(0);
    await page.goto(`${shared.server.origin}/d/new?p=${CODE}`);
    await page.waitForURL(/\/d\/[a-z0-9]{16}/);
    expect(await page.getByText('đang nằm trong', { exact: false }).count()).toBe(0);
  });

  it('promises no install and no offline use inside Zalo', async () => {
    const { page } = await newPage(shared.browser, PHONE, 1, UA.zaloAndroid);
    await page.goto(`${shared.server.origin}/`);
    await appRunning(page);
    // Chromium would offer to install; inside an app nothing can be installed.
    await page.evaluate(() =>
      dispatchEvent(
        Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
          prompt: async () => undefined,
          userChoice: Promise.resolve({ outcome: 'dismissed' }),
        }),
      ),
    );
    await page.locator('.in-app-line').waitFor();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.active)))).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.locator('#install-title').count()).toBe(0);
    expect(await page.getByText(READY).count()).toBe(0);
    await page.goto(`${shared.server.origin}/settings`);
    await expect
      .poll(() => page.getByTestId('offline-ready').innerText())
      .toContain('Không chắc — Zalo có thể xóa dữ liệu của trang bất cứ lúc nào.');
  });
});

describe('a dossier inside an app', () => {
  it('warns before anything is typed, and the dossier made there carries a note', async () => {
    const { page, errors } = await newPage(shared.browser, PHONE, 1, UA.zaloAndroid);
    await page.goto(`${shared.server.origin}/p/${CODE}`);
    await page.getByRole('link', { name: 'Soạn hồ sơ' }).first().click();
    await page.getByRole('heading', { name: 'Trước khi soạn hồ sơ' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Hồ sơ soạn ở đây chỉ nằm trong Zalo');
    const href = await page.locator('main a[href^="intent:"]').getAttribute('href');
    expect(href).toContain(`/d/new?p=${CODE}#Intent;scheme=http;package=com.android.chrome;`);
    // Nothing was made yet: no dossier store, or an empty one.
    const made = await page.evaluate(async () => ((await indexedDB.databases()).some((d) => d.name === 'motcua') ? 'database' : 'none'));
    if (made === 'database') expect(await readStore<Dossier>(page, 'dossiers')).toEqual([]);
    await page.getByRole('button', { name: 'Vẫn soạn trong Zalo' }).click();
    await page.waitForURL(/\/d\/[a-z0-9]{16}/);
    await page.getByText('Hồ sơ này đang nằm trong Zalo và có thể mất khi Zalo dọn bộ nhớ.').waitFor();
    expect(await readStore<Dossier>(page, 'dossiers')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('moves from Zalo to Chrome on the same phone through the clipboard: imported after confirmation, and never twice', async () => {
    const zalo = await newPage(shared.browser, PHONE, 1, UA.zaloAndroid);
    await zalo.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.server.origin });
    await zalo.page.goto(`${shared.server.origin}/d/new?p=${CODE}`);
    await zalo.page.getByRole('button', { name: 'Vẫn soạn trong Zalo' }).click();
    await zalo.page.waitForURL(/\/d\/[a-z0-9]{16}\?step=/);
    const id = new URL(zalo.page.url()).pathname.split('/').pop()!;
    const first = zalo.page.locator('main input[type="text"], main input:not([type])').first();
    const field = (await first.getAttribute('name'))!;
    await first.fill('Nguyễn Văn An');
    await expect.poll(async () => JSON.stringify(await readStore<Dossier>(zalo.page, 'dossiers'))).toContain('Nguyễn Văn An');

    await zalo.page.getByRole('button', { name: 'Chuyển hồ sơ sang Chrome' }).click();
    const panel = zalo.page.locator('.move-panel');
    expect(await panel.locator('a[href^="intent:"]').getAttribute('href')).toContain(
      '/drafts?paste=1#Intent;scheme=http;package=com.android.chrome;',
    );
    await panel.getByRole('button', { name: 'Sao chép hồ sơ' }).click();
    await panel.getByText('Đã sao chép hồ sơ.').waitFor();
    const copied = await zalo.page.evaluate(() => navigator.clipboard.readText());
    // The clipboard holds the dossier file's own text, not another format.
    expect(JSON.parse(copied)).toMatchObject({ format: 'mot-cua-dossiers', version: FILE_VERSION, dossiers: [{ id }] });

    const chrome = await newPage(shared.browser, PHONE, 1, UA.chromeAndroid);
    await chrome.page.goto(`${shared.server.origin}/drafts?paste=1`);
    const box = chrome.page.getByLabel('Dán hồ sơ đã sao chép');
    await box.fill(copied);
    await chrome.page.getByRole('heading', { name: 'Nhập hồ sơ' }).waitFor();
    expect(await chrome.page.locator('.import-summary').innerText()).toContain('Mới: 1 · Cập nhật: 0 · Đã có, bỏ qua: 0');
    // Nothing is stored before the person agrees.
    expect(await readStore<Dossier>(chrome.page, 'dossiers')).toEqual([]);
    await chrome.page.getByRole('button', { name: 'Nhập 1 hồ sơ' }).click();
    await chrome.page.getByText('Đã nhập 1 hồ sơ.').waitFor();
    const [moved] = await readStore<Dossier>(chrome.page, 'dossiers');
    expect(moved!.id).toBe(id);
    expect(JSON.stringify(moved!.answers)).toContain('Nguyễn Văn An');

    // The same text pasted again adds nothing.
    await box.fill(copied);
    await chrome.page.getByRole('heading', { name: 'Nhập hồ sơ' }).waitFor();
    expect(await chrome.page.locator('.import-summary').innerText()).toContain('Mới: 0 · Cập nhật: 0 · Đã có, bỏ qua: 1');
    expect(await chrome.page.getByRole('button', { name: /^Nhập \d/ }).count()).toBe(0);
    expect(await readStore<Dossier>(chrome.page, 'dossiers')).toHaveLength(1);

    // In Chrome the dossier opens where it was, with the answer, and no note about Zalo.
    await chrome.page.goto(`${shared.server.origin}/d/${id}?step=check`);
    await chrome.page.locator('.check-answers').waitFor();
    expect(await chrome.page.locator(`[data-answer="${field}"]`).innerText()).toContain('Nguyễn Văn An');
    expect(await chrome.page.getByText('đang nằm trong Zalo', { exact: false }).count()).toBe(0);
    expect([...zalo.errors, ...chrome.errors]).toEqual([]);
  });

  it('pasted text that is cut short, or not ours, is refused with the reason and nothing stored', async () => {
    const { page } = await newPage(shared.browser, TABLET, 1, UA.chromeAndroid);
    await page.goto(`${shared.server.origin}/drafts?paste=1`);
    const box = page.getByLabel('Dán hồ sơ đã sao chép');
    await box.fill('{"format":"mot-cua-dossiers","version":2,"dossi');
    await page.getByText('Chưa đọc được đoạn đã dán').waitFor();
    await box.fill('{"hello":"world"}');
    await page.getByText('Đoạn đã dán không phải hồ sơ của Một Cửa.').waitFor();
    expect(await readStore<Dossier>(page, 'dossiers')).toEqual([]);
  });

  it('an iPhone opening the dossier’s own page in Safari finds the paste box there', async () => {
    const { page } = await newPage(shared.browser, PHONE, 1, UA.safariIphone);
    await page.goto(`${shared.server.origin}/d/abcdefghijklmnop?step=check`);
    await page.getByRole('heading', { name: 'Không tìm thấy hồ sơ này trên máy' }).waitFor();
    expect(await page.getByLabel('Dán hồ sơ đã sao chép').count()).toBe(1);
  });
});

describe('the scanner inside an app', () => {
  it('leads with a photo and a typed code, and asks for the camera only when tapped', async () => {
    const { page } = await newPage(shared.browser, PHONE, 1, UA.zaloAndroid);
    await page.addInitScript(() => {
      (window as unknown as { cameraAsked: number }).cameraAsked = 0;
      navigator.mediaDevices.getUserMedia = () => {
        (window as unknown as { cameraAsked: number }).cameraAsked++;
        return Promise.reject(new DOMException('blocked by the app', 'NotAllowedError'));
      };
    });
    await page.goto(`${shared.server.origin}/scan`);
    await page.getByText('Trong Zalo, camera thường bị chặn.', { exact: false }).waitFor();
    const order = await page.evaluate(() => {
      const photo = document.querySelector('.scan-fallbacks')!;
      const reader = document.getElementById('reader')!;
      return photo.compareDocumentPosition(reader) & Node.DOCUMENT_POSITION_FOLLOWING ? 'photo first' : 'camera first';
    });
    expect(order).toBe('photo first');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { cameraAsked: number }).cameraAsked)).toBe(0);
    await page.getByRole('button', { name: 'Thử dùng camera' }).click();
    await page.getByText('Ứng dụng chưa được phép dùng camera.', { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { cameraAsked: number }).cameraAsked)).toBeGreaterThan(0);
  });
});

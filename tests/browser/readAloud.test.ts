import { describe, expect, it } from 'vitest';
import { newPage } from './chromium';
import { fakeSpeech, spokenOn } from './fakeSpeech';
import { browserAndServer } from './fixture';

const shared = browserAndServer();

describe('"Nghe" on a sheet', () => {
  it('reads the sheet with the device’s Vietnamese voice, sentence by sentence, without the buttons', async () => {
    const { context, page } = await newPage(shared.browser);
    await fakeSpeech(context, 'vi-VN');
    await page.goto(`${shared.server.origin}/p/1.001193`);
    await page.getByRole('button', { name: 'Nghe' }).click();
    const spoken = await spokenOn(page);
    expect(spoken[0]).toBe('Đăng ký khai sinh');
    expect(spoken.join(' ')).toContain('Thành phần hồ sơ');
    expect(spoken.join(' ')).not.toContain('Soạn hồ sơ');
    expect(spoken.join(' ')).not.toContain('Nghe');
    expect(spoken.length).toBeGreaterThan(10);
    expect(await page.getByRole('button', { name: 'Dừng đọc' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('is not offered where the device has no Vietnamese voice', async () => {
    for (const lang of [null, 'en-US']) {
      const { context, page } = await newPage(shared.browser);
      await fakeSpeech(context, lang);
      await page.goto(`${shared.server.origin}/p/1.001193`);
      await page.waitForSelector('#part-online');
      // The app asks for the voices; an engine whose list was empty fills it in later and says so (voiceschanged).
      await page.waitForFunction(() => (window as unknown as { __voicesAsked: boolean }).__voicesAsked);
      await page.evaluate(() => {
        (window as unknown as { __voicesChanged: () => void }).__voicesChanged();
        return new Promise((settled) => requestAnimationFrame(() => setTimeout(settled)));
      });
      expect(await page.getByRole('button', { name: 'Nghe' }).count()).toBe(0);
      await context.close();
    }
  });
});

import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './chromium';
import { browserAndServer } from './fixture';

const shared = browserAndServer();

/** A device's speech engine, stood in for: its voices, and what it was asked to say. */
const fakeSpeech = (context: BrowserContext, lang: string | null) =>
  context.addInitScript((voiceLang) => {
    const spoken: string[] = [];
    // What was said, whether the app asked for the voices, and its wait for the list, which the test can end.
    const state = { __spoken: spoken, __voicesAsked: false, __voicesChanged: () => undefined as void };
    Object.assign(window, state);
    const voices = voiceLang ? [{ lang: voiceLang, name: 'Giọng thử', default: true, localService: true, voiceURI: 'test' }] : [];
    // The engine's own utterance class accepts only its own voices: the stand-in engine has its own class too.
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        constructor(readonly text: string) {}
      },
    });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => {
          (window as unknown as typeof state).__voicesAsked = true;
          return voices;
        },
        speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text),
        cancel: () => undefined,
        addEventListener: (type: string, listener: () => void) => {
          if (type === 'voiceschanged') (window as unknown as typeof state).__voicesChanged = listener;
        },
      },
    });
  }, lang);

describe('"Nghe" on a sheet', () => {
  it('reads the sheet with the device’s Vietnamese voice, sentence by sentence, without the buttons', async () => {
    const { context, page } = await newPage(shared.browser);
    await fakeSpeech(context, 'vi-VN');
    await page.goto(`${shared.server.origin}/p/1.001193`);
    await page.getByRole('button', { name: 'Nghe' }).click();
    const spoken = (await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)) as string[];
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

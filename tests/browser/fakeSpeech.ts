import type { BrowserContext, Page } from 'playwright-core';

/** A device's speech engine, stood in for: its voices, and what it was asked to say. */
export const fakeSpeech = (context: BrowserContext, lang: string | null) =>
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

/** What the stand-in engine was asked to say, utterance by utterance. */
export const spokenOn = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);

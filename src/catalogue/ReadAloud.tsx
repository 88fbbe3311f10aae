import { useEffect, useState } from 'preact/hooks';
import { language, t } from '../i18n';
import { speak, stopSpeaking, vietnameseVoice } from './speech';

/** The sheet's text as a reader sees it, without its buttons and links to other screens (marked no-print). */
function readableText(element: HTMLElement | null): string {
  if (!element) return '';
  // innerText follows what is displayed: hiding the controls for the moment of reading leaves them out.
  element.classList.add('reading');
  const text = element.innerText;
  element.classList.remove('reading');
  return text;
}

/**
 * The Vietnamese of a sheet shown in a language a commune added: the procedure's facts (marked lang="vi"), without
 * the headings and labels, which a Vietnamese voice cannot say in the other language.
 */
function vietnameseText(element: HTMLElement | null): string {
  const parts = [...(element?.querySelectorAll<HTMLElement>('[lang="vi"]') ?? [])].filter((e) => !e.parentElement?.closest('[lang="vi"]'));
  return parts.map((e) => (e.textContent ?? '').trim()).join('\n');
}

/**
 * "Nghe": reads the sheet aloud with the device's Vietnamese voice, for people who read with difficulty. Shown only
 * where the device has such a voice. In an added language, whose sheets are mostly Vietnamese and for which
 * devices rarely have a voice, it reads the Vietnamese facts and says so. Not in English, which readers of it
 * rarely need read aloud and which a Vietnamese voice would garble.
 */
export function ReadAloud({ target }: { target: () => HTMLElement | null }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [reading, setReading] = useState(false);
  useEffect(() => {
    let live = true;
    void vietnameseVoice().then((v) => live && setVoice(v));
    return () => {
      live = false;
      stopSpeaking();
    };
  }, []);
  const lang = language();
  if (!voice || lang === 'en') return null;
  const toggle = () => {
    if (reading) {
      stopSpeaking();
      return setReading(false);
    }
    const text = lang === 'vi' ? readableText(target()) : vietnameseText(target());
    if (!text) return;
    setReading(true);
    speak(text, voice, () => setReading(false));
  };
  return (
    <>
      <button type="button" class="button read-aloud no-print" aria-pressed={reading} onClick={toggle}>
        {t(reading ? 'sheet.stopReading' : 'sheet.readAloud')}
      </button>
      {lang !== 'vi' && <span class="read-aloud-note no-print">{t('sheet.readAloudVietnamese')}</span>}
    </>
  );
}

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
 * "Nghe": reads the sheet aloud with the device's Vietnamese voice, for people who read with difficulty. Shown only
 * where the device has such a voice, and while the sheet is in Vietnamese.
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
  if (!voice || language() !== 'vi') return null;
  const toggle = () => {
    if (reading) {
      stopSpeaking();
      return setReading(false);
    }
    const text = readableText(target());
    if (!text) return;
    setReading(true);
    speak(text, voice, () => setReading(false));
  };
  return (
    <button type="button" class="button read-aloud no-print" aria-pressed={reading} onClick={toggle}>
      {t(reading ? 'sheet.stopReading' : 'sheet.readAloud')}
    </button>
  );
}

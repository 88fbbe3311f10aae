/**
 * The one place that talks to the Web Speech API: whether the device has a Vietnamese voice, and reading text
 * with it. Nothing is fetched: the voices are the device's own.
 */

const isVietnamese = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-').startsWith('vi');

/** A Vietnamese voice, waiting briefly for the list: browsers fill it in after the page loads. */
export function vietnameseVoice(): Promise<SpeechSynthesisVoice | null> {
  if (typeof speechSynthesis === 'undefined') return Promise.resolve(null);
  const find = () => speechSynthesis.getVoices().find(isVietnamese) ?? null;
  const now = find();
  if (now || speechSynthesis.getVoices().length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(find());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

/**
 * Some engines (Chrome on Android) stop a long utterance after about 15 seconds, so the text goes as one utterance
 * per sentence or line. `onEnd` runs after the last one, or when reading is stopped.
 */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  speechSynthesis.cancel();
  const pieces = text
    .split(/(?<=[.!?:;])\s+|\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  pieces.forEach((piece, i) => {
    const utterance = new SpeechSynthesisUtterance(piece);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    if (i === pieces.length - 1) utterance.onend = onEnd;
    utterance.onerror = onEnd;
    speechSynthesis.speak(utterance);
  });
}

export const stopSpeaking = () => {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
};

import './inapp.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from '../app/clipboard';
import { t } from '../i18n';
import { inApp } from './here';
import { names } from './names';

/**
 * A button that copies a text, and says so. Where the app blocks the clipboard, the text is shown selected in a box
 * for the person to copy by hand: nothing is lost, only one more step.
 */
export function CopyButton({ text, label, done, primary = false }: { text: string | null; label: string; done: string; primary?: boolean }) {
  const [state, setState] = useState<'idle' | 'copied' | 'blocked'>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  // A new text (the dossier changed meanwhile) has not been copied yet.
  useEffect(() => setState('idle'), [text]);
  useEffect(() => {
    if (state === 'blocked') box.current?.select();
  }, [state]);
  const copy = async () => {
    if (text !== null) setState((await copyText(text)) ? 'copied' : 'blocked');
  };
  return (
    <span class="copy-button">
      <button type="button" class={primary ? 'button primary' : 'button'} disabled={text === null} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status">{state === 'copied' && <span class="notice-inline ok">{done}</span>}</span>
      {state === 'blocked' && text !== null && (
        <label class="copy-by-hand">
          {t('inapp.copyBlocked', names(inApp!))}
          <textarea readOnly rows={text.length > 200 ? 4 : 2} value={text} onFocus={(e) => e.currentTarget.select()} ref={box} />
        </label>
      )}
    </span>
  );
}

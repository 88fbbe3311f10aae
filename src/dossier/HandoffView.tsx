import { useEffect, useState } from 'preact/hooks';
import { dossierPath } from '../app/routes';
import { usePageTitle } from '../app/usePageTitle';
import { encodeTransfer } from '../handoff/transfer';
import { t } from '../i18n';
import { QrCode } from '../posters/QrCode';
import type { Dossier } from '../schema/dossier';

/** Long enough for a tablet's camera at ten frames a second to read a code, short enough that three take seconds. */
const CYCLE_MS = 1200;

/**
 * The whole dossier as QR codes for the desk tablet to read with /scan, with no network: one code when it fits,
 * otherwise a short numbered sequence shown in turn.
 */
export default function HandoffView({ dossier }: { dossier: Dossier }) {
  const [parts, setParts] = useState<string[] | null | 'failed'>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(true);
  usePageTitle(t('handoff.title'));

  useEffect(() => {
    encodeTransfer(dossier).then(setParts, () => setParts('failed'));
  }, [dossier]);
  useEffect(() => {
    if (!Array.isArray(parts) || parts.length < 2 || !playing) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % parts.length), CYCLE_MS);
    return () => clearInterval(timer);
  }, [parts, playing]);

  const back = (
    <p>
      <a href={dossierPath(dossier.id, 'check')}>{t('draft.backToCheck')}</a>
    </p>
  );
  if (parts === 'failed') return <p class="error">{t('handoff.failed')}</p>;
  if (parts === null) return <p role="status">{t('status.loading')}</p>;
  const count = parts.length;
  const step = (by: number) => {
    setPlaying(false);
    setIndex((i) => (i + by + count) % count);
  };
  return (
    <div class="handoff">
      <h2 class="step-title">{t('handoff.title')}</h2>
      <p>{t('handoff.lead')}</p>
      <figure class="handoff-code">
        <QrCode text={parts[index]!} label={t('handoff.codeLabel', { index: index + 1, count })} options={{ level: 'M', mode: 'Alphanumeric' }} />
        <figcaption aria-live="off">{t('handoff.codeLabel', { index: index + 1, count })}</figcaption>
      </figure>
      {count > 1 && (
        <p class="links">
          <button type="button" class="button" onClick={() => step(-1)}>
            {t('handoff.previous')}
          </button>
          <button type="button" class="button" aria-pressed={!playing} onClick={() => setPlaying(!playing)}>
            {t('handoff.pause')}
          </button>
          <button type="button" class="button" onClick={() => step(1)}>
            {t('handoff.next')}
          </button>
        </p>
      )}
      <p class="hint">{t('handoff.privacy')}</p>
      {back}
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { Loading } from '../app/Status';
import { usePageTitle } from '../app/usePageTitle';
import { makeExport } from '../exchange/exportFile';
import { encodeTransfer } from '../handoff/transfer';
import { t } from '../i18n';
import { QrCode } from '../posters/QrCode';
import type { Dossier } from '../schema/dossier';

/** Long enough for a tablet's camera at ten frames a second to read a code, short enough that three take seconds. */
const CYCLE_MS = 1500;

interface Props {
  dossiers: Dossier[];
  /** The outreach round they make up, when handing a whole round over. */
  round?: string;
  /** Called once the codes are on screen: the dossiers count as handed on. */
  onShown?: () => void;
  back: { href: string; label: string };
}

/**
 * Dossiers as QR codes for the desk tablet to read with /scan, with no network: one code when they fit, otherwise a
 * numbered sequence shown in turn. The codes carry the same signed envelope as the dossier file.
 */
export default function HandoffView({ dossiers, round, onShown, back }: Props) {
  const [parts, setParts] = useState<string[] | null | 'failed'>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(true);
  const [width, setWidth] = useState<number | undefined>(undefined);
  const figure = useRef<HTMLElement>(null);
  useEffect(() => {
    // Measured again when the phone turns, so the code keeps whole pixels per module at its new width.
    const measure = () => setWidth(figure.current?.clientWidth);
    measure();
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, [parts !== null]);
  usePageTitle(t('handoff.title'));

  useEffect(() => {
    makeExport(dossiers, new Date(), round)
      .then((envelope) => encodeTransfer(envelope))
      .then(
        (encoded) => {
          setParts(encoded);
          onShown?.();
        },
        () => setParts('failed'),
      );
  }, []);
  useEffect(() => {
    if (!Array.isArray(parts) || parts.length < 2 || !playing) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % parts.length), CYCLE_MS);
    return () => clearInterval(timer);
  }, [parts, playing]);

  if (parts === 'failed') return <p class="error">{t('handoff.failed')}</p>;
  if (parts === null) return <Loading />;
  const count = parts.length;
  const step = (by: number) => {
    setPlaying(false);
    setIndex((i) => (i + by + count) % count);
  };
  return (
    <div class="handoff">
      <h2 class="step-title">{t('handoff.title')}</h2>
      <p>{t('handoff.lead')}</p>
      <figure class="handoff-code" ref={figure}>
        <QrCode
          text={parts[index]!}
          label={t('handoff.codeLabel', { index: index + 1, count })}
          options={{ level: 'M', mode: 'Alphanumeric' }}
          fitWidth={width}
        />
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
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </div>
  );
}

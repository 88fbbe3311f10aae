import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../app/format';
import { language, t } from '../i18n';
import { type IdCard, type IdCardError, looksLikeIdCard, parseIdCard } from '../scan/cccd';
import { useCamera } from '../scan/useCamera';
import type { FormSection } from '../schema/form';
import { fillFromCard } from './idCardFill';

const READER_ID = 'id-card-reader';

type Found = { card: IdCard } | { error: IdCardError | 'notIdCard' | 'noCode' } | null;

/**
 * Reads the QR code on a chip ID card and shows what it says before anything is filled in. The card's raw text is
 * parsed here and dropped: only the values the person accepts reach the dossier.
 */
export default function IdCardScanner({ section, onDone }: { section: FormSection; onDone: (values: Record<string, string> | null) => void }) {
  const [found, setFound] = useState<Found>(null);
  const taken = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const read = (text: string | null) => {
    if (taken.current) return;
    if (text === null) return setFound({ error: 'noCode' });
    if (!looksLikeIdCard(text)) return setFound({ error: 'notIdCard' });
    const parsed = parseIdCard(text);
    if (!parsed.ok) return setFound({ error: parsed.error });
    taken.current = true;
    void camera.stop();
    setFound({ card: parsed.card });
  };
  const camera = useCamera(READER_ID, read);
  useEffect(() => heading.current?.focus(), [found && 'card' in found]);

  const card = found && 'card' in found ? found.card : null;
  const rows: [string, string][] = card
    ? [
        [t('idCard.idNumber'), card.idNumber],
        [t('idCard.fullName'), card.fullName],
        [t('idCard.dateOfBirth'), formatDate(card.dateOfBirth, language())],
        [t('idCard.sex'), t(`idCard.sexValue.${card.sex}`)],
        [t('idCard.address'), card.address],
        [t('idCard.issueDate'), card.issueDate ? formatDate(card.issueDate, language()) : t('idCard.notOnCard')],
      ]
    : [];
  return (
    <section class="id-card-panel" aria-labelledby="id-card-title">
      <h3 id="id-card-title" ref={heading} tabIndex={-1}>
        {card ? t('idCard.check') : t('idCard.title')}
      </h3>
      {card ? (
        <>
          <dl class="id-card-values">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p class="hint">{t('idCard.privacy')}</p>
          <p class="links">
            <button type="button" class="button primary" onClick={() => onDone(fillFromCard(section, card))}>
              {t('idCard.accept')}
            </button>
            <button type="button" class="button" onClick={() => onDone(null)}>
              {t('idCard.cancel')}
            </button>
          </p>
        </>
      ) : (
        <>
          <div class="viewfinder small">
            <div id={READER_ID} />
            {camera.camera.state !== 'problem' && <p class="hint">{t(camera.camera.state === 'scanning' ? 'idCard.hint' : 'scan.starting')}</p>}
          </div>
          <div role="status" aria-live="polite">
            {camera.camera.state === 'problem' && <p class="error">{t(`scan.problem.${camera.camera.problem}`)}</p>}
            {found && 'error' in found && <p class="error">{t(`idCard.error.${found.error}`)}</p>}
          </div>
          <p class="links">
            {(camera.camera.state === 'stopped' || camera.camera.state === 'problem') && (
              <button type="button" class="button" onClick={() => void camera.start()}>
                {t('idCard.retryCamera')}
              </button>
            )}
            <label class="button file-button">
              {t('idCard.pickPhoto')}
              <input
                type="file"
                accept="image/*"
                class="visually-hidden"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  if (file) void camera.scanFile(file).then(read);
                }}
              />
            </label>
            <button type="button" class="button" onClick={() => onDone(null)}>
              {t('idCard.cancel')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

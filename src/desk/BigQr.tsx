import catalogue from 'virtual:catalogue';
import { useEffect, useRef } from 'preact/hooks';
import { sheetPath } from '../app/routes';
import { T } from '../app/Text';
import { entryFor } from '../data/entries';
import { t } from '../i18n';
import { QrCode } from '../posters/QrCode';

/** The sheet's QR code, big, for the citizen across the counter to scan onto their own phone and take home. */
export function BigQr({ code, onClose }: { code: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const entry = entryFor(code);
  const url = (catalogue.commune.publicOrigin ?? location.origin) + sheetPath(code);
  return (
    <dialog ref={dialog} class="big-qr" aria-labelledby="big-qr-title" onClose={onClose}>
      <h2 id="big-qr-title">{entry ? <T value={entry.name} /> : code}</h2>
      <QrCode text={url} label={t('desk.qrLabel', { code })} />
      <p class="big-qr-hint">{t('desk.qrHint')}</p>
      <p class="big-qr-url">{url}</p>
      <form method="dialog">
        <button type="submit" class="button primary">
          {t('desk.close')}
        </button>
      </form>
    </dialog>
  );
}

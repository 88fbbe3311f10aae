import { dossierPath } from '../app/routes';
import { t } from '../i18n';
import { downloadDossiers } from './download';
import { SubmittedNotice } from './SubmittedNotice';
import type { Mark, OpenDossier } from './useDossier';

/** The ways a dossier leaves the phone: printed, typed into the portal, shown as QR codes, or saved as a file. */
export function HandOnLinks({ open, mark }: { open: OpenDossier; mark: Mark }) {
  const { dossier, forms } = open;
  return (
    <section class="hand-on" aria-labelledby="hand-on-title">
      <h3 id="hand-on-title">{t('draft.handOn.title')}</h3>
      {dossier.submission && <SubmittedNotice submission={dossier.submission} />}
      <ul class="hand-on-list">
        {forms.length > 0 && (
          <li>
            <a class="button primary" href={dossierPath(dossier.id, 'print')}>
              {t('draft.handOn.print')}
            </a>
            <p class="hint">{t('draft.handOn.printHelp')}</p>
          </li>
        )}
        <li>
          <a class="button" href={dossierPath(dossier.id, 'portal')}>
            {t('draft.handOn.portal')}
          </a>
          <p class="hint">{t('draft.handOn.portalHelp')}</p>
        </li>
        <li>
          <a class="button" href={dossierPath(dossier.id, 'handoff')}>
            {t('draft.handOn.qr')}
          </a>
          <p class="hint">{t('draft.handOn.qrHelp')}</p>
        </li>
        <li>
          <button type="button" class="button" onClick={() => void downloadDossiers([dossier]).then(() => mark({ sentAt: new Date().toISOString() }))}>
            {t('draft.handOn.file')}
          </button>
          <p class="hint">{t('draft.handOn.fileHelp')}</p>
        </li>
      </ul>
    </section>
  );
}

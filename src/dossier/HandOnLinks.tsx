import { dossierPath } from '../app/routes';
import { downloadDossiers } from '../exchange/download';
import { t } from '../i18n';
import { SubmittedNotice } from './SubmittedNotice';
import type { Mark, OpenDossier } from './useDossier';

/** The ways a dossier leaves the phone: printed, typed into the portal, shown as QR codes, or saved as a file. */
export function HandOnLinks({ open, mark }: { open: OpenDossier; mark: Mark }) {
  const { dossier, forms, procedure } = open;
  // An online-only procedure leads with filing online; its printed form is only a worksheet to prepare with.
  const online = procedure.filing.mode === 'onlineOnly';
  const print = forms.length > 0 && (
    <li>
      <a class={`button${online ? '' : ' primary'}`} href={dossierPath(dossier.id, 'print')}>
        {t(online ? 'draft.handOn.worksheet' : 'draft.handOn.print')}
      </a>
      <p class="hint">{t(online ? 'draft.handOn.worksheetHelp' : 'draft.handOn.printHelp')}</p>
    </li>
  );
  const portal = (
    <li>
      <a class={`button${online ? ' primary' : ''}`} href={dossierPath(dossier.id, 'portal')} data-hand-on="portal">
        {t(online ? 'draft.handOn.online' : 'draft.handOn.portal')}
      </a>
      <p class="hint">{t(online ? 'draft.handOn.onlineHelp' : 'draft.handOn.portalHelp')}</p>
    </li>
  );
  return (
    <section class="hand-on" aria-labelledby="hand-on-title">
      <h3 id="hand-on-title">{t('draft.handOn.title')}</h3>
      {dossier.submission && <SubmittedNotice submission={dossier.submission} />}
      <ul class="hand-on-list">
        {online ? portal : print}
        {online ? print : portal}
        <li>
          <a class="button" href={dossierPath(dossier.id, 'handoff')}>
            {t('draft.handOn.qr')}
          </a>
          <p class="hint">{t('draft.handOn.qrHelp')}</p>
        </li>
        <li>
          <button
            type="button"
            class="button"
            onClick={() => void downloadDossiers([dossier]).then(() => mark({ sentAt: new Date().toISOString() }))}
          >
            {t('draft.handOn.file')}
          </button>
          <p class="hint">{t('draft.handOn.fileHelp')}</p>
        </li>
      </ul>
    </section>
  );
}

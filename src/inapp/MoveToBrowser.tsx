import { useEffect, useState } from 'preact/hooks';
import { downloadDossiers } from '../exchange/download';
import { makeExportFile } from '../exchange/exportFile';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { CopyButton } from './CopyButton';
import { inApp } from './here';
import { names } from './names';
import { OpenInBrowser } from './OpenInBrowser';

/** Where the phone's browser lands to take the dossiers in: the list, with the paste box first. */
const RECEIVE = '/drafts?paste=1';

/**
 * The note a dossier carries inside an app, and "Chuyển hồ sơ sang Chrome": the dossier file's own text on the
 * clipboard (or the file itself), the way to the browser, and what to do there. The receiving side is the ordinary
 * import, with its checks, its confirmation, and its rule that a dossier already there is not imported again.
 */
export function MoveToBrowser({ dossiers }: { dossiers: readonly Dossier[] }) {
  const here = inApp!;
  const words = names(here);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | null>(null);
  // Made when the panel opens, not on the tap: iOS lets a page write the clipboard only straight from the tap.
  useEffect(() => {
    if (!open) return;
    let live = true;
    setText(null);
    void makeExportFile(dossiers, new Date()).then((made) => live && setText(made));
    return () => {
      live = false;
    };
  }, [open, dossiers]);
  const one = dossiers.length === 1;
  const receive = new URL(RECEIVE, location.href).href;
  return (
    <section class="in-app-move no-print" aria-label={t(one ? 'inapp.move.one' : 'inapp.move.all', words)}>
      <p class="warning">
        {t(one ? 'inapp.note' : 'inapp.noteAll', words)}{' '}
        <button type="button" class="button small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(one ? 'inapp.move.one' : 'inapp.move.all', words)}
        </button>
      </p>
      {open && (
        <div class="move-panel">
          <ol>
            <li>
              {t('inapp.move.step1')} <CopyButton primary text={text} label={t('inapp.move.copy')} done={t('inapp.move.copied')} />
            </li>
            <li>
              {t('inapp.move.step2', words)}{' '}
              {here.platform === 'other' ? (
                t('inapp.move.openAt', { address: receive })
              ) : (
                // iOS opens the page the person is on: the list, or this dossier's page, which offers the paste box when it is missing.
                <OpenInBrowser href={here.platform === 'android' ? receive : location.href} copyLink={false} />
              )}
            </li>
            <li>{t('inapp.move.step3', words)}</li>
          </ol>
          <p>
            {t('inapp.move.orFile', words)}{' '}
            <button type="button" class="button" onClick={() => void downloadDossiers(dossiers)}>
              {t('inapp.move.file')}
            </button>
          </p>
          <p class="hint">{t('inapp.move.keep', words)}</p>
        </div>
      )}
    </section>
  );
}

import catalogue from 'virtual:catalogue';
import { entryFor } from '../data/entries';
import { t } from '../i18n';
import { correctedCodes } from '../offline/corrected';
import { applyUpdate, offlineStatus } from '../offline/status';

/** On a sheet the stored update corrects: says so where the person reads, with the update button. */
export function CorrectedNotice({ code }: { code: string }) {
  const { waitingDataFiles } = offlineStatus.use();
  const entry = entryFor(code);
  if (!entry || waitingDataFiles.length === 0 || correctedCodes(waitingDataFiles, [entry], catalogue.formUrls).length === 0) return null;
  return (
    <p class="notice update" data-corrected={code}>
      <strong>{t('sheet.corrected')}</strong> {t('sheet.correctedHelp')}{' '}
      <button type="button" class="button small" onClick={applyUpdate}>
        {t('update.apply')}
      </button>
    </p>
  );
}

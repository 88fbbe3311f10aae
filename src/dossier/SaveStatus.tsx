import { t } from '../i18n';
import { storageProblem } from '../storage/database';
import type { SaveState } from './autosave';

/**
 * That answers are kept on this device, quietly; a failure is announced, with the reason, and the typed text stays
 * on screen to be saved by the next change or the retry.
 */
export function SaveStatus({ save, retry }: { save: SaveState; retry: () => void }) {
  return (
    <div class="save-status">
      {save.state !== 'failed' && <p class="hint">{t('draft.save.auto')}</p>}
      <div role="alert">
        {save.state === 'failed' && (
          <div class="error">
            <p>{t(`draft.save.failed.${storageProblem(save.error)}`)}</p>
            <button type="button" class="button small" onClick={retry}>
              {t('status.retry')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

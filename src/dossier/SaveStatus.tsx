import { useEffect, useRef, useState } from 'preact/hooks';
import type { Store } from '../app/store';
import { t } from '../i18n';
import { storageProblem } from '../storage/database';
import type { SaveState } from './autosave';

/**
 * That answers are kept on this device: said once to a screen reader after the first save, and quietly after that;
 * a failure is announced, with the reason, and the typed text stays on screen to be saved by the next change or the
 * retry.
 */
export function SaveStatus({ state, retry }: { state: Store<{ save: SaveState }>; retry: () => void }) {
  const { save } = state.use();
  // A screen reader hears once that answers are kept; after every pause in typing would drown the questions.
  const [announced, setAnnounced] = useState(false);
  const before = useRef(save.state);
  useEffect(() => {
    if (save.state === 'saved' && before.current === 'pending') setAnnounced(true);
    before.current = save.state;
  }, [save]);
  return (
    <div class="save-status">
      {save.state !== 'failed' && <p class="hint">{t('draft.save.auto')}</p>}
      <p class="visually-hidden" role="status">
        {announced ? t('draft.save.saved') : ''}
      </p>
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

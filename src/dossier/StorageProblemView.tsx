import { t } from '../i18n';
import type { StorageProblem } from '../storage/database';

/** Storage that does not work (private mode, a full disk, an older app version open elsewhere), in plain words. */
export function StorageProblemView({ problem }: { problem: StorageProblem }) {
  return (
    <div class="error" role="alert">
      <h1>{t('draft.storage.title')}</h1>
      <p>{t(`draft.storage.${problem}`)}</p>
    </div>
  );
}

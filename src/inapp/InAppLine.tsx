import { t } from '../i18n';
import { inApp } from './here';
import { names } from './names';
import { OpenInBrowser } from './OpenInBrowser';

/** The calm line on a sheet or the catalogue opened inside an app: where the person is, what moving gains, the way. */
export default function InAppLine() {
  return (
    <p class="in-app-line no-print">
      <span>{t('inapp.line', names(inApp!))}</span> <OpenInBrowser />
    </p>
  );
}

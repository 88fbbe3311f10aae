import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { inApp } from './here';
import { names } from './names';
import { OpenInBrowser } from './OpenInBrowser';

/** Said inside an app before a dossier is made, so nothing typed is stranded there unknowingly. */
export function DraftHereWarning({ onStay }: { onStay: () => void }) {
  const words = names(inApp!);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="in-app-warning" aria-labelledby="in-app-draft-title">
      <h1 id="in-app-draft-title" ref={heading} tabIndex={-1}>
        {t('inapp.draft.title')}
      </h1>
      <p>{t('inapp.draft.body', words)}</p>
      <p>{t('inapp.draft.better', words)}</p>
      <p>
        <OpenInBrowser />
      </p>
      <p>
        <button type="button" class="button" onClick={onStay}>
          {t('inapp.draft.stay', words)}
        </button>
      </p>
    </section>
  );
}

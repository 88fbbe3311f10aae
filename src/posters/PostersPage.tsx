import './posters.css';
import '../forms/printFont.css';
import catalogue from 'virtual:catalogue';
import { useState } from 'preact/hooks';
import { sheetPath } from '../app/routes';
import { T } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { inReadingOrder } from '../catalogue/order';
import { entryFor } from '../data/entries';
import type { IndexEntry } from '../data/types';
import { pick, t } from '../i18n';
import { QrCode } from './QrCode';

const sheetLink = (origin: string, code: string) => `${origin}${sheetPath(code)}`;

function PosterCell({ entry, origin }: { entry: IndexEntry; origin: string }) {
  return (
    <li class="poster-cell">
      <QrCode text={sheetLink(origin, entry.code)} label={pick(entry.name).text} />
      <div class="poster-text">
        <strong class="poster-name">
          <T value={entry.name} />
        </strong>
        <span>
          {t('sheet.code')}: <b>{entry.code}</b>
        </span>
        <span>{t(`field.${entry.field}`)}</span>
        <span class="poster-hint">{t('posters.scanHint')}</span>
        <a class="no-print" href={`/posters?p=${entry.code}`}>
          {t('posters.large')}
        </a>
      </div>
    </li>
  );
}

function LargePoster({ entry, origin }: { entry: IndexEntry; origin: string }) {
  return (
    <div class="poster-large">
      <h2 class="poster-large-name">
        <T value={entry.name} />
      </h2>
      <QrCode text={sheetLink(origin, entry.code)} label={pick(entry.name).text} />
      <p class="poster-large-code">
        {t('sheet.code')}: <b>{entry.code}</b> · {t(`field.${entry.field}`)}
      </p>
      <p class="poster-large-hint">{t('posters.scanHint')}</p>
      <p class="poster-url">{sheetLink(origin, entry.code)}</p>
    </div>
  );
}

/** /posters: the A4 sheet of all the commune's codes, or one large poster (/posters?p=<code>), ready to print. */
export default function PostersPage({ code }: { code: string | null }) {
  const [origin, setOrigin] = useState(catalogue.commune.publicOrigin ?? location.origin);
  const [draft, setDraft] = useState(origin);
  const entry = code ? entryFor(code) : undefined;
  usePageTitle(t('posters.title'));

  const applyOrigin = (event: Event) => {
    event.preventDefault();
    try {
      const url = new URL(draft.trim());
      if (url.protocol === 'https:' || url.protocol === 'http:') setOrigin(url.origin);
    } catch {
      setDraft(origin);
    }
  };

  return (
    <>
      <div class="no-print">
        <h1>{t('posters.title')}</h1>
        <p>{t('posters.lead')}</p>
        <form class="search" onSubmit={applyOrigin}>
          <label for="origin">{t('posters.origin')}</label>
          <div class="inline-form">
            <input id="origin" type="url" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
            <button type="submit" class="button">
              {t('posters.apply')}
            </button>
          </div>
          <p class="note">{t('posters.originHelp')}</p>
        </form>
        <p class="links">
          <button type="button" class="button primary" onClick={() => print()}>
            {t('posters.print')}
          </button>
          {code && (
            <a class="button" href="/posters">
              {t('posters.all')}
            </a>
          )}
        </p>
        {code && !entry && <p class="error">{t('posters.unknown', { code })}</p>}
      </div>
      <article class={`poster-sheet print-face${entry ? ' single' : ''}`} data-origin={origin}>
        <header class="poster-head">
          <strong>
            <T value={catalogue.commune.name} />
          </strong>
          <span>{t('posters.heading')}</span>
        </header>
        {entry ? (
          <LargePoster entry={entry} origin={origin} />
        ) : (
          <ul class="poster-grid">
            {inReadingOrder(catalogue.procedures).map((p) => (
              <PosterCell key={p.code} entry={p} origin={origin} />
            ))}
          </ul>
        )}
      </article>
    </>
  );
}

import catalogue from 'virtual:catalogue';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ServerHtml } from '../app/ServerHtml';
import { usePageTitle } from '../app/usePageTitle';
import { entryFor } from '../data/entries';
import { language, t } from '../i18n';
import { InAppNotice } from '../inapp/InAppNotice';
import { InstallCard } from '../offline/InstallCard';
import { FIELDS } from '../schema/fields';
import { ContentInVietnamese } from './ContentInVietnamese';
import { inReadingOrder } from './order';
import { ProcedureCard } from './ProcedureCard';
import { portalSearchUrl } from './portal';
import { buildIndex, type SearchIndex, search } from './search';

let index: SearchIndex | null = null;
/** Built on the first search, not at start-up: most visits open a sheet and never search. */
function searchIndex(): SearchIndex {
  index ??= buildIndex(
    catalogue.procedures.map((p) => ({
      code: p.code,
      texts: [p.name.vi, p.name.en ?? '', p.code, ...p.keywords.vi, ...p.keywords.en, t(`field.${p.field}`)],
    })),
  );
  return index;
}

function FieldGroups() {
  return (
    <>
      {FIELDS.map((field) => {
        const entries = inReadingOrder(catalogue.procedures.filter((p) => p.field === field));
        if (entries.length === 0) return null;
        return (
          <section key={field} class="field-group" aria-labelledby={`field-${field}`}>
            <h2 id={`field-${field}`}>
              {t(`field.${field}`)} <span class="count">({t('catalogue.count', { count: entries.length })})</span>
            </h2>
            <ul class="cards">
              {entries.map((entry) => (
                <ProcedureCard key={entry.code} entry={entry} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function Results({ query }: { query: string }) {
  const codes = search(searchIndex(), query);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" class="results-heading">
        {t('catalogue.resultsFor', { query })}
      </h2>
      {codes.length === 0 ? (
        <div class="empty">
          <p>{t('catalogue.noMatch', { query })}</p>
          <p>{t('catalogue.noMatchHelp')}</p>
          <p>
            <a href={portalSearchUrl(query)} target="_blank" rel="noopener noreferrer">
              {t('catalogue.searchPortal')}
            </a>
          </p>
        </div>
      ) : (
        <ul class="cards">
          {codes.map((code) => (
            <ProcedureCard key={code} entry={entryFor(code)!} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function CatalogueView({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const input = useRef<HTMLInputElement>(null);
  const trimmed = query.trim();
  // On a slow phone the prerendered search box is there before the app: what was typed into it is searched.
  useEffect(() => {
    const typed = input.current?.value ?? query;
    if (typed !== query) setQuery(typed);
  }, []);
  const count = useMemo(() => (trimmed ? search(searchIndex(), trimmed).length : catalogue.procedures.length), [trimmed]);

  usePageTitle(t('catalogue.title'));
  useEffect(() => {
    const url = trimmed ? `/?q=${encodeURIComponent(trimmed)}` : '/';
    if (location.pathname + location.search !== url) history.replaceState(null, '', url);
  }, [trimmed]);

  return (
    <>
      <h1>{t('catalogue.title')}</h1>
      <p class="lead">{t('catalogue.lead', { count: catalogue.procedures.length })}</p>
      <ContentInVietnamese texts={catalogue.procedures.map((p) => p.name)} />
      <p class="scan-link">
        <a class="button primary" href="/scan">
          {t('scan.open')}
        </a>{' '}
        <a class="button" href="/drafts">
          {t('nav.drafts')}
        </a>
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is newer than the WebViews the app supports (Chrome 80) */}
      <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="q">{t('catalogue.searchLabel')}</label>
        <input
          ref={input}
          id="q"
          name="q"
          type="search"
          value={query}
          autocomplete="off"
          enterKeyHint="search"
          placeholder={t('catalogue.searchPlaceholder')}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      <p class="status" role="status" aria-live="polite">
        {trimmed ? t('catalogue.found', { count }) : ''}
      </p>
      {trimmed ? (
        <Results query={trimmed} />
      ) : (
        <ServerHtml class="field-groups" deps={[language()]}>
          <FieldGroups />
        </ServerHtml>
      )}
      <InAppNotice />
      <InstallCard />
    </>
  );
}

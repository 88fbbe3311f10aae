import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate } from '../app/format';
import { lawToday } from '../app/lawDate';
import { formPath, newDossierPath } from '../app/routes';
import { ServerHtml } from '../app/ServerHtml';
import { LoadFailed, Loading } from '../app/Status';
import { T, Unverified } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { useSheet } from '../data/dataFiles';
import { entryFor } from '../data/entries';
import type { SheetData } from '../data/types';
import { language, pick, t } from '../i18n';
import { InAppNotice } from '../inapp/InAppNotice';
import type { Procedure } from '../schema/procedure';
import { anyRunOut } from '../schema/validity';
import { Badges } from './Badges';
import { ContentInVietnamese } from './ContentInVietnamese';
import { CorrectedNotice } from './CorrectedNotice';
import { DossierList } from './DossierList';
import { FeeTable } from './FeeTable';
import { FilingNotice } from './FilingNotice';
import { LegalBasis } from './LegalBasis';
import { NotInCatalogue } from './NotInCatalogue';
import { OnlineFiling } from './OnlineFiling';
import { ReadAloud } from './ReadAloud';
import { RuleDates } from './RuleDates';

function Part({ id, n, title, children }: { id: string; n: number; title: string; children: ComponentChildren }) {
  return (
    <section id={`part-${id}`} class="part" aria-labelledby={`part-${id}-title`}>
      <h2 id={`part-${id}-title`}>
        <span class="part-number" aria-hidden="true">
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Overview({ procedure }: { procedure: Procedure }) {
  const entry = entryFor(procedure.code)!;
  // The index carries the sheet's rule ends, so no walk of the sheet is needed at each render.
  const expired = anyRunOut(entry.ends, lawToday());
  return (
    <header id="part-overview" class="sheet-head">
      <h1>
        <T value={procedure.name} />
      </h1>
      <ContentInVietnamese texts={[procedure.name]} />
      <dl class="facts">
        <div>
          <dt>{t('sheet.code')}</dt>
          <dd class="code">{procedure.code}</dd>
        </div>
        <div>
          <dt>{t('sheet.field')}</dt>
          <dd>{t(`field.${procedure.field}`)}</dd>
        </div>
      </dl>
      <CorrectedNotice code={procedure.code} />
      {expired && <p class="warning rule-expired-summary">{t('sheet.expiredRules')}</p>}
      <FilingNotice filing={procedure.filing} />
      <Badges entry={entry} />
      {procedure.notes?.map((note, i) => (
        <p key={i} class="warning">
          <T value={note} />
          <RuleDates valid={note.valid} />
        </p>
      ))}
      <p class="start-dossier no-print">
        <a class="button primary" href={newDossierPath(procedure.code)}>
          {t('sheet.startDossier')}
        </a>{' '}
        <ReadAloud target={() => document.querySelector<HTMLElement>('article.sheet')} />
        <span class="hint">{t('sheet.startDossierHelp')}</span>
      </p>
      {/* Beside "Soạn hồ sơ", which it is about; on a phone that is below the first screen, so it moves nothing in view. */}
      <InAppNotice />
    </header>
  );
}

function Sheet({ sheet }: { sheet: SheetData }) {
  return (
    <article class="sheet">
      <Overview procedure={sheet.procedure} />
      <ServerHtml class="sheet-parts" deps={[sheet, language()]}>
        <SheetParts sheet={sheet} />
      </ServerHtml>
    </article>
  );
}

/** Everything after the overview: only read, so a prerendered sheet keeps it as it came (ServerHtml). */
function SheetParts({ sheet }: { sheet: SheetData }) {
  const { procedure } = sheet;
  return (
    <>
      <Part id="components" n={2} title={t('sheet.components')}>
        <DossierList procedure={procedure} />
      </Part>
      <Part id="forms" n={3} title={t('sheet.forms')}>
        {sheet.forms.length === 0 ? (
          <p>{t('sheet.noForms')}</p>
        ) : (
          <ul class="links">
            {sheet.forms.map((f) => (
              <li key={f.id}>
                <a class="button" href={formPath(f.id)}>
                  <T value={f.title} />
                </a>
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part id="time" n={4} title={t('sheet.time')}>
        <p class="big">
          <T value={procedure.processingTime.summary} />
        </p>
        <Unverified value={procedure.processingTime.unverified} />
        {procedure.processingTime.details && (
          <ul>
            {procedure.processingTime.details.map((d, i) => (
              <li key={i}>
                <T value={d} />
                <RuleDates valid={d.valid} />
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part id="steps" n={5} title={t('sheet.steps')}>
        <ol class="steps">
          {procedure.steps.map((s, i) => (
            <li key={i}>
              <T value={s} />
            </li>
          ))}
        </ol>
      </Part>
      <Part id="fees" n={6} title={t('sheet.fees')}>
        <FeeTable sheet={sheet} />
      </Part>
      <Part id="agency" n={7} title={t('sheet.agency')}>
        <dl class="facts stacked">
          <div>
            <dt>{t('sheet.agencyLabel')}</dt>
            <dd>
              <T value={procedure.agency} />
            </dd>
          </div>
          <div>
            <dt>{t('sheet.result')}</dt>
            <dd>
              <T value={procedure.result} />
            </dd>
          </div>
          {procedure.subjects && (
            <div>
              <dt>{t('sheet.subjects')}</dt>
              <dd>
                <T value={procedure.subjects} />
              </dd>
            </div>
          )}
        </dl>
      </Part>
      <Part id="legal" n={8} title={t('sheet.legal')}>
        <LegalBasis documents={procedure.legalBasis} />
      </Part>
      <Part id="online" n={9} title={t('sheet.online')}>
        <OnlineFiling procedure={procedure} />
      </Part>
      <footer class="provenance">
        <p>
          <strong>{t('sheet.verifiedAt', { date: formatDate(procedure.verifiedAt, language()) })}</strong>
        </p>
        <h2 class="small">{t('sheet.sources')}</h2>
        <ul>
          {procedure.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title ?? s.url}
              </a>{' '}
              ({t('sheet.checkedAt', { date: formatDate(s.checkedAt, language()) })})
            </li>
          ))}
        </ul>
      </footer>
    </>
  );
}

export function ProcedureSheetPage({ code }: { code: string }) {
  const [attempt, setAttempt] = useState(0);
  const loaded = useSheet(code, attempt);
  usePageTitle(loaded.state === 'ready' ? pick(loaded.data.procedure.name).text : code);
  switch (loaded.state) {
    case 'missing':
      return <NotInCatalogue code={code} />;
    case 'loading':
      return <Loading />;
    case 'failed':
      return <LoadFailed onRetry={() => setAttempt((n) => n + 1)} />;
    case 'ready':
      return <Sheet sheet={loaded.data} />;
  }
}

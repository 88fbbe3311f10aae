import { useState } from 'preact/hooks';
import { copyText } from '../app/clipboard';
import { lawToday } from '../app/lawDate';
import { dossierPath } from '../app/routes';
import { T } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { OnlineFiling } from '../catalogue/OnlineFiling';
import { pick, t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { AnswerSections } from './AnswerSections';
import { localDate, notNeededOn } from './answers';
import { displayValue } from './displayValue';
import { RetiredAnswers } from './RetiredAnswers';
import { SubmittedNotice } from './SubmittedNotice';
import type { OpenDossier } from './useDossier';

/**
 * Filing on the national portal is done by the person, in the portal: this sheet puts every answer one tap from the
 * clipboard, in the form's order, and lists the papers to upload. It records a submission only when told its number.
 */
export function PortalSheet({ open, change }: { open: OpenDossier; change: (edit: (d: Dossier) => Dossier) => void }) {
  const { dossier, procedure } = open;
  const [copied, setCopied] = useState<string>('');
  usePageTitle(t('draft.portal.title'));

  const onRecord = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const number = String(data.get('portalNumber') ?? '').trim();
    const date = String(data.get('portalDate') ?? '');
    if (!number || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    change((d) => ({ ...d, submission: { number, date } }));
  };

  return (
    <div class="portal-sheet">
      <h2 class="step-title">{t('draft.portal.title')}</h2>
      <p>{t(procedure.filing.mode === 'onlineOnly' ? 'draft.portal.onlineOnlyLead' : 'draft.portal.lead')}</p>
      <OnlineFiling procedure={procedure} />
      <p role="status" class="copied">
        {copied}
      </p>
      <AnswerSections
        open={open}
        answeredOnly
        row={(form, field, raw) => {
          const value = displayValue(field, raw);
          return (
            <div key={`${form.id}/${field.id}`}>
              <dt>
                <T value={field.label} />
              </dt>
              <dd>{value}</dd>
              <dd class="change">
                <button
                  type="button"
                  class="button small"
                  onClick={() =>
                    void copyText(value).then((ok) =>
                      setCopied(ok ? t('draft.portal.copied', { label: pick(field.label).text }) : t('draft.portal.copyFailed')),
                    )
                  }
                >
                  {t('draft.portal.copy')}
                  <span class="visually-hidden"> {pick(field.label).text}</span>
                </button>
              </dd>
            </div>
          );
        }}
      />
      <h3>{t('draft.portal.attachments')}</h3>
      <ul>
        {procedure.components.map((c) => (
          <li key={c.name.vi}>
            <T value={c.name} />
            {c.when && (
              <span class="hint">
                {' '}
                ({t('dossier.when')} <T value={c.when} />)
              </span>
            )}
            {notNeededOn(c, lawToday()) && <span class="hint"> ({t('draft.portal.notToUpload')})</span>}
          </li>
        ))}
      </ul>
      <RetiredAnswers open={open} />
      <form class="record-submission" onSubmit={onRecord}>
        <h3>{t('draft.portal.recordTitle')}</h3>
        <p>{t('draft.portal.recordHelp')}</p>
        <div role="status">{dossier.submission && <SubmittedNotice submission={dossier.submission} />}</div>
        <label class="question-label" for="portal-number">
          {t('draft.portal.number')}
        </label>
        <input id="portal-number" name="portalNumber" required maxLength={60} autoComplete="off" defaultValue={dossier.submission?.number ?? ''} />
        <label class="question-label" for="portal-date">
          {t('draft.portal.date')}
        </label>
        <input
          id="portal-date"
          name="portalDate"
          type="date"
          required
          max={localDate(new Date())}
          defaultValue={dossier.submission?.date ?? localDate(new Date())}
        />
        <p class="links">
          <button type="submit" class="button primary">
            {t('draft.portal.record')}
          </button>
          {dossier.submission && (
            <button type="button" class="button" onClick={() => change((d) => ({ ...d, submission: null }))}>
              {t('draft.portal.unrecord')}
            </button>
          )}
        </p>
      </form>
      <p>
        <a href={dossierPath(dossier.id, 'check')}>{t('draft.backToCheck')}</a>
      </p>
    </div>
  );
}

import catalogue from 'virtual:catalogue';
import { dossierPath } from '../app/routes';
import { T } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { pick, t } from '../i18n';
import type { FormField } from '../schema/form';
import { AnswerSections } from './AnswerSections';
import { isReady, planSteps, type Step } from './answers';
import { displayValue } from './displayValue';
import { HandOnLinks } from './HandOnLinks';
import { RetiredAnswers } from './RetiredAnswers';
import { answersOf, readinessOf } from './record';
import type { Mark, OpenDossier } from './useDossier';

const stepOfField = (steps: Step[], formId: string, field: FormField) =>
  steps.find((s) => s.kind === 'fields' && s.form.id === formId && s.fields.includes(field))?.key;

/** Every answer with a "Sửa" link that returns here, what is still missing, and the ways to hand the dossier on. */
export function CheckAnswers({ open, mark }: { open: OpenDossier; mark: Mark }) {
  const { dossier, forms, procedure, entry } = open;
  const steps = planSteps(forms, answersOf(dossier));
  const ready = readinessOf(dossier, open, new Date());
  usePageTitle(t('draft.check.title'));
  const missingFields = new Set(ready.fields.map((f) => `${f.formId}/${f.fieldId}`));
  const friday = entry.sameDayFriday ? { condition: catalogue.commune.badges.conditions[entry.code]?.sameDayFriday } : null;
  return (
    <div class="check-answers">
      <h2 class="step-title">{t('draft.check.title')}</h2>
      {dossier.assistedBy && <p class="hint">{t('draft.check.assisted', { name: dossier.assistedBy })}</p>}
      {isReady(ready) ? (
        <div class="notice ok">
          <p>
            <strong>{t('draft.check.ready')}</strong>
          </p>
          {friday && (
            <p>
              {t('draft.check.friday')} {friday.condition && <T value={friday.condition} />}
            </p>
          )}
        </div>
      ) : (
        <div class="notice warn">
          <p>
            <strong>{t('draft.check.notReady')}</strong>
          </p>
          <ul>
            {ready.fields.length > 0 && <li>{t('draft.check.missingFields', { count: ready.fields.length })}</li>}
            {ready.documents.length > 0 && <li>{t('draft.check.missingDocuments', { count: ready.documents.length })}</li>}
          </ul>
          <p>{t('draft.check.saveAnyTime')}</p>
        </div>
      )}
      <AnswerSections
        open={open}
        row={(form, field, value) => {
          const missing = missingFields.has(`${form.id}/${field.id}`);
          const step = stepOfField(steps, form.id, field);
          return (
            <div key={`${form.id}/${field.id}`} class={missing ? 'missing' : undefined} data-answer={field.id}>
              <dt>
                <T value={field.label} />
              </dt>
              <dd>{value ? displayValue(field, value) : <em>{t(missing ? 'draft.check.needsAnswer' : 'draft.check.empty')}</em>}</dd>
              <dd class="change">
                {step && (
                  <a href={dossierPath(dossier.id, step, 'check')}>
                    {t('draft.check.change')}
                    <span class="visually-hidden"> {pick(field.label).text}</span>
                  </a>
                )}
              </dd>
            </div>
          );
        }}
      />
      <RetiredAnswers open={open} />
      <section class="answers-form">
        <h3>{t('draft.documents.title')}</h3>
        <ul>
          {procedure.components.map((c) => (
            <li key={c.name.vi}>
              {dossier.documents.includes(c.name.vi) ? '☑' : '☐'} <T value={c.name} />
              {ready.documents.includes(c.name.vi) && <strong class="needed"> {t('draft.documents.needed')}</strong>}
            </li>
          ))}
          {/* Papers ticked before the sheet was corrected keep their tick, shown apart rather than dropped. */}
          {dossier.documents
            .filter((name) => !procedure.components.some((c) => c.name.vi === name))
            .map((name) => (
              <li key={name} data-retired-document>
                ☑ <span lang="vi">{name}</span> <em>({t('draft.documents.notOnList')})</em>
              </li>
            ))}
        </ul>
        <p>
          <a href={dossierPath(dossier.id, 'documents', 'check')}>{t('draft.check.changeDocuments')}</a>
        </p>
      </section>
      <HandOnLinks open={open} mark={mark} />
    </div>
  );
}

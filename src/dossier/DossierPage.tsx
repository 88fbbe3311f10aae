import './dossier.css';
import { useEffect, useMemo } from 'preact/hooks';
import { Lazy } from '../app/Lazy';
import { navigate } from '../app/router';
import { dossierPath } from '../app/routes';
import { LoadFailed, Loading, NotFoundPage } from '../app/Status';
import { T } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { ImportDossiers } from '../exchange/ImportDossiers';
import { t } from '../i18n';
import { inApp } from '../inapp/here';
import { MoveToBrowser } from '../inapp/MoveToBrowser';
import type { Dossier } from '../schema/dossier';
import { planSteps } from './answers';
import { CheckAnswers } from './CheckAnswers';
import { DocumentsStep } from './DocumentsStep';
import { FieldStepView } from './FieldStepView';
import { PortalSheet } from './PortalSheet';
import { PrintView } from './PrintView';
import { answersOf } from './record';
import { SaveStatus } from './SaveStatus';
import { StorageProblemView } from './StorageProblemView';
import { type Change, type Mark, type OpenDossier, useDossier } from './useDossier';

const loadHandoff = () => import('./HandoffView');

function Handoff({ dossier, mark }: { dossier: Dossier; mark: Mark }) {
  const sent = () => mark({ sentAt: new Date().toISOString() });
  return (
    <Lazy
      load={loadHandoff}
      props={{ dossiers: [dossier], onShown: sent, back: { href: dossierPath(dossier.id, 'check'), label: t('draft.backToCheck') } }}
    />
  );
}

interface Props {
  id: string;
  step: string | null;
  back: string | null;
}

/** /d/<id>: one dossier, one step at a time; `?step=` keeps the place, so the back button and a reload work. */
export default function DossierPage({ id, step, back }: Props) {
  const { load, save, change, mark, latest, flush, reload } = useDossier(id);
  usePageTitle(t('draft.title'));
  switch (load.state) {
    case 'loading':
      return <Loading />;
    case 'missing':
      return (
        <NotFoundPage title={t('draft.notFound')}>
          <p>
            <a href="/drafts">{t('drafts.title')}</a>
          </p>
          {/* Opened in this browser from an app's (src/inapp): the dossier comes over by pasting it here. */}
          <ImportDossiers pasteFirst onImported={(added) => added.some((d) => d.id === id) && reload()} />
        </NotFoundPage>
      );
    case 'damaged':
      return (
        <div class="error" role="alert">
          <h1>{t('draft.damaged')}</h1>
          <p>
            <a href="/drafts">{t('drafts.title')}</a>
          </p>
        </div>
      );
    case 'failed':
      return <LoadFailed />;
    case 'storage':
      return <StorageProblemView problem={load.problem} />;
    case 'ready':
      return (
        <DossierSteps
          open={load}
          step={step}
          back={back}
          change={change}
          latest={latest}
          mark={mark}
          saveStatus={<SaveStatus state={save} retry={() => void flush()} />}
        />
      );
  }
}

function DossierSteps({
  open,
  step,
  back,
  change,
  latest,
  mark,
  saveStatus,
}: {
  open: OpenDossier;
  step: string | null;
  back: string | null;
  change: Change;
  latest: () => Dossier | null;
  mark: Mark;
  saveStatus: preact.JSX.Element;
}) {
  const { dossier, forms } = open;
  // One array while the dossier stays the same: the move panel makes the dossier's text again only when it changed.
  const moving = useMemo(() => [dossier], [dossier]);
  const steps = planSteps(forms, answersOf(dossier));
  const started = Object.values(dossier.answers).some((a) => Object.keys(a).length > 0) || dossier.documents.length > 0;
  const key = step ?? (started ? 'check' : steps[0]!.key);
  // The step goes into the address at once, so the first answer does not move the person to another step.
  useEffect(() => {
    if (step === null) navigate(dossierPath(dossier.id, key), { replace: true });
  }, [step]);
  const index = steps.findIndex((s) => s.key === key);
  // A step whose questions an answer has since hidden no longer exists: the check page lists what is left.
  const current = index >= 0 ? steps[index]! : null;
  const nextKey = back ?? steps[index + 1]?.key ?? 'check';
  const previous = index > 0 ? steps[index - 1] : null;

  const body = (() => {
    if (key === 'print') return <PrintView open={open} mark={mark} />;
    if (key === 'portal') return <PortalSheet open={open} change={change} />;
    if (key === 'handoff') return <Handoff dossier={dossier} mark={mark} />;
    if (!current || current.kind === 'check') return <CheckAnswers open={open} mark={mark} />;
    if (current.kind === 'documents') return <DocumentsStep open={open} nextKey={nextKey} change={change} />;
    return <FieldStepView key={current.key} open={open} step={current} nextKey={nextKey} change={change} latest={latest} />;
  })();

  return (
    <div class={key === 'print' ? 'dossier print-mode' : 'dossier'}>
      <div class="no-print">
        <p class="crumbs">
          <a href="/drafts">{t('drafts.title')}</a>
        </p>
        <h1>
          <T value={open.procedure.name} />
        </h1>
        {current && current.kind !== 'check' && <p class="step-counter">{t('draft.stepOf', { step: index + 1, count: steps.length - 1 })}</p>}
        {saveStatus}
        {inApp && <MoveToBrowser dossiers={moving} />}
        {current && previous && !back && (
          <p>
            <a class="back-link" href={dossierPath(dossier.id, previous.key)}>
              {t('draft.previous')}
            </a>
          </p>
        )}
      </div>
      {body}
      {current && current.kind !== 'check' && (
        <p class="no-print later">
          <a href={dossierPath(dossier.id, 'check')}>{t('draft.later')}</a>
        </p>
      )}
    </div>
  );
}

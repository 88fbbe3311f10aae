import { useEffect, useState } from 'preact/hooks';
import { dossierPath } from '../app/routes';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { getDossier, saveDossier } from '../storage/dossiers';
import { ImportSummary } from './ImportSummary';
import { planImport, type ImportPlan } from './importPlan';

type State = { state: 'planning' } | { state: 'confirm'; plan: ImportPlan } | { state: 'done' } | { state: 'failed' };

/**
 * A dossier read from another device's QR codes: what importing it would do, imported only when staff confirm.
 * The caller has checked it against the dossier schema.
 */
export function ReceivedDossier({ dossier, onCancel }: { dossier: Dossier; onCancel: () => void }) {
  const [state, setState] = useState<State>({ state: 'planning' });
  useEffect(() => {
    getDossier(dossier.id).then(
      (mine) => setState({ state: 'confirm', plan: planImport(mine && mine !== 'damaged' ? [mine] : [], [dossier]) }),
      () => setState({ state: 'failed' }),
    );
  }, [dossier]);
  const confirm = (plan: ImportPlan) =>
    Promise.all([...plan.added, ...plan.updated].map(saveDossier)).then(
      () => setState({ state: 'done' }),
      () => setState({ state: 'failed' }),
    );
  return (
    <section class="scan-result" aria-labelledby="received-title">
      <h2 id="received-title">{t('handoff.receive.title')}</h2>
      {state.state === 'confirm' && <ImportSummary plan={state.plan} onConfirm={() => void confirm(state.plan)} onCancel={onCancel} />}
      {state.state === 'failed' && <p class="error">{t('draft.save.failed.unavailable')}</p>}
      {state.state === 'done' && (
        <>
          <p class="notice ok">{t('handoff.receive.done')}</p>
          <p>
            <a class="button primary" href={dossierPath(dossier.id, 'check')}>
              {t('handoff.receive.open')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

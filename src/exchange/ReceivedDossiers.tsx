import { useEffect, useState } from 'preact/hooks';
import { dossierPath } from '../app/routes';
import { readDesk } from '../desk/deskState';
import { deskTags } from '../dossier/record';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { listDossiers, saveDossier } from '../storage/dossiers';
import { storageReady } from '../storage/ready';
import { ImportSummary } from './ImportSummary';
import { type ImportPlan, planImport } from './importPlan';

type State = { state: 'planning' } | { state: 'confirm'; plan: ImportPlan } | { state: 'done'; count: number } | { state: 'failed' };

/**
 * Dossiers read from another device's QR codes: what importing them would do, imported only when staff confirm.
 * One citizen's dossier joins the desk's current visit; a whole outreach round does not (it is no one visitor's).
 */
export function ReceivedDossiers({ dossiers, round, onCancel }: { dossiers: Dossier[]; round?: string; onCancel: () => void }) {
  const [state, setState] = useState<State>({ state: 'planning' });
  useEffect(() => {
    // As on every screen that lists dossiers: changes journalled when the last screen was left are stored first.
    storageReady()
      .then(listDossiers)
      .then(
        (mine) => setState({ state: 'confirm', plan: planImport(mine.dossiers, dossiers) }),
        () => setState({ state: 'failed' }),
      );
  }, [dossiers]);
  const confirm = async (plan: ImportPlan) => {
    const tags = round ? {} : deskTags({ ...readDesk(), round: null }, false);
    const incoming = [...plan.added, ...plan.updated];
    try {
      for (const d of incoming) await saveDossier({ ...d, ...tags });
      setState({ state: 'done', count: incoming.length });
    } catch {
      setState({ state: 'failed' });
    }
  };
  const only = dossiers.length === 1 ? dossiers[0] : undefined;
  return (
    <section class="scan-result" aria-labelledby="received-title">
      <h2 id="received-title">{t('handoff.receive.title')}</h2>
      {state.state === 'confirm' && <ImportSummary plan={state.plan} round={round} onConfirm={() => void confirm(state.plan)} onCancel={onCancel} />}
      {state.state === 'failed' && <p class="error">{t('draft.save.failed.unavailable')}</p>}
      {state.state === 'done' && (
        <>
          <p class="notice ok">{t('drafts.import.done', { count: state.count })}</p>
          <p>
            <a class="button primary" href={only ? dossierPath(only.id, 'check') : '/drafts'}>
              {t(only ? 'handoff.receive.open' : 'drafts.title')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { saveDossier } from '../storage/dossiers';
import { MAX_FILE_BYTES, readExportFile, type ImportResult } from './exportFile';
import { ImportSummary } from './ImportSummary';
import { planImport, type ImportPlan } from './importPlan';

type State = { state: 'idle' } | { state: 'refused'; reason: string } | { state: 'confirm'; plan: ImportPlan; round?: string } | { state: 'done'; count: number };

/** "Nhập từ tệp": reads a dossier file, says what it would add, and imports only after the person agrees. */
export function ImportFile({ existing, onImported }: { existing: readonly Dossier[]; onImported: () => void }) {
  const [state, setState] = useState<State>({ state: 'idle' });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Refused before it is read: a phone must not load a huge file into memory to find it is not ours.
    const result: ImportResult = file.size > MAX_FILE_BYTES ? { ok: false, problem: 'tooLarge' } : await readExportFile(await file.text());
    if (!result.ok) {
      const reason = t(`drafts.import.refused.${result.problem}`) + (result.detail ? ` (${result.detail})` : '');
      return setState({ state: 'refused', reason });
    }
    setState({ state: 'confirm', plan: planImport(existing, result.dossiers), ...(result.round ? { round: result.round } : {}) });
  };
  const confirm = async (plan: ImportPlan) => {
    try {
      for (const d of [...plan.added, ...plan.updated]) await saveDossier(d);
      setState({ state: 'done', count: plan.added.length + plan.updated.length });
      onImported();
    } catch {
      setState({ state: 'refused', reason: t('draft.save.failed.full') });
    }
  };

  return (
    <div class="import-file">
      <label class="button file-button">
        {t('drafts.import.pick')}
        <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => {
            const input = e.currentTarget;
            void onFile(input.files?.[0]).finally(() => (input.value = ''));
          }} />
      </label>
      <div role="status">
        {state.state === 'refused' && <p class="error">{state.reason}</p>}
        {state.state === 'done' && <p class="notice ok">{t('drafts.import.done', { count: state.count })}</p>}
      </div>
      {state.state === 'confirm' && (
        <ImportSummary plan={state.plan} round={state.round} onConfirm={() => void confirm(state.plan)} onCancel={() => setState({ state: 'idle' })} />
      )}
    </div>
  );
}

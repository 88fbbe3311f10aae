import { useRef, useState } from 'preact/hooks';
import { dossierPath } from '../app/routes';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { listDossiers, saveDossier } from '../storage/dossiers';
import { type ImportResult, MAX_FILE_BYTES, readExportFile } from './exportFile';
import { ImportSummary } from './ImportSummary';
import { type ImportPlan, planImport } from './importPlan';

type Source = 'file' | 'pasted';
type State =
  | { state: 'idle' }
  | { state: 'refused'; reason: string }
  | { state: 'confirm'; plan: ImportPlan; round?: string }
  | { state: 'done'; dossiers: Dossier[] };

interface Props {
  /** After dossiers were stored: the ones stored. */
  onImported: (dossiers: Dossier[]) => void;
  /** The paste box comes first, with a word on where the text comes from (arriving from an app's browser). */
  pasteFirst?: boolean;
}

/**
 * "Nhập hồ sơ từ tệp" and "Dán hồ sơ đã sao chép": the dossier file, or its text pasted from the clipboard (how a
 * dossier leaves an app's browser, src/inapp). Either is checked the same way, says what it would add, and is imported
 * only after the person agrees; a dossier already here, the same or newer, is not imported again.
 */
export function ImportDossiers({ onImported, pasteFirst = false }: Props) {
  const [state, setState] = useState<State>({ state: 'idle' });
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  /** The paste box's text being read: a later one wins over an earlier read still under way. */
  const reading = useRef(0);

  const refuse = (source: Source, result: Extract<ImportResult, { ok: false }>) =>
    setState({
      state: 'refused',
      reason: t(`drafts.import.${source === 'file' ? 'refused' : 'pasted'}.${result.problem}`) + (result.detail ? ` (${result.detail})` : ''),
    });

  const plan = async (source: Source, result: ImportResult) => {
    if (!result.ok) return refuse(source, result);
    const mine = await listDossiers().catch(() => null);
    if (!mine) return setState({ state: 'refused', reason: t('draft.save.failed.unavailable') });
    setState({ state: 'confirm', plan: planImport(mine.dossiers, result.dossiers), ...(result.round ? { round: result.round } : {}) });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Refused before it is read: a phone must not load a huge file into memory to find it is not ours.
    await plan('file', file.size > MAX_FILE_BYTES ? { ok: false, problem: 'tooLarge' } : await readExportFile(await file.text()));
  };
  const onPaste = async (text: string) => {
    const mine = ++reading.current;
    if (!text.trim()) return setState({ state: 'idle' });
    const result = await readExportFile(text.trim());
    if (mine === reading.current) await plan('pasted', result);
  };
  const confirm = async (chosen: ImportPlan) => {
    const incoming = [...chosen.added, ...chosen.updated];
    try {
      for (const d of incoming) await saveDossier(d);
      if (pasteBox.current) pasteBox.current.value = '';
      setState({ state: 'done', dossiers: incoming });
      onImported(incoming);
    } catch {
      setState({ state: 'refused', reason: t('draft.save.failed.full') });
    }
  };

  const paste = (
    <div class="paste-import">
      <label for="paste-dossiers">{t('drafts.import.paste.label')}</label>
      {pasteFirst && <p class="hint">{t('drafts.import.paste.fromApp')}</p>}
      <p class="hint">{t('drafts.import.paste.hint')}</p>
      <textarea
        id="paste-dossiers"
        ref={pasteBox}
        rows={3}
        spellcheck={false}
        autocomplete="off"
        onInput={(e) => void onPaste(e.currentTarget.value)}
      />
    </div>
  );
  const only = state.state === 'done' && state.dossiers.length === 1 ? state.dossiers[0] : undefined;
  return (
    <div class="import-file">
      {pasteFirst && paste}
      <label class="button file-button">
        {t('drafts.import.pick')}
        <input
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          onChange={(e) => {
            const input = e.currentTarget;
            void onFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {!pasteFirst && paste}
      <div role="status">
        {state.state === 'refused' && <p class="error">{state.reason}</p>}
        {state.state === 'done' && (
          <p class="notice ok">
            {t('drafts.import.done', { count: state.dossiers.length })}{' '}
            {only && (
              <a class="button small" href={dossierPath(only.id, 'check')}>
                {t('drafts.import.open')}
              </a>
            )}
          </p>
        )}
      </div>
      {state.state === 'confirm' && (
        <ImportSummary
          plan={state.plan}
          round={state.round}
          onConfirm={() => void confirm(state.plan)}
          onCancel={() => setState({ state: 'idle' })}
        />
      )}
    </div>
  );
}

import catalogue from 'virtual:catalogue';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isForm, isSheetFor, loadJson } from '../data/dataFiles';
import { entryFor } from '../data/entries';
import type { IndexEntry, SheetData } from '../data/types';
import type { Dossier } from '../schema/dossier';
import type { FormTemplate } from '../schema/form';
import { type StorageProblem, storageProblem } from '../storage/database';
import { getDossier, saveDossier } from '../storage/dossiers';
import { writeJournal } from '../storage/journal';
import { storageReady } from '../storage/ready';
import { createAutosaver, type SaveState } from './autosave';
import { followRenames } from './formChanges';
import { type DossierContext, touched } from './record';

export interface OpenDossier extends DossierContext {
  dossier: Dossier;
  entry: IndexEntry;
  sheet: SheetData;
}

/** Records that a dossier was printed or handed on. */
export type Mark = (marks: Pick<Dossier, 'printedAt' | 'sentAt'>) => void;

export type DossierLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'damaged' }
  | { state: 'failed' }
  | { state: 'storage'; problem: StorageProblem }
  | ({ state: 'ready' } & OpenDossier);

/** The procedure and form templates a dossier is checked against; they are precached, so this works offline. */
export async function loadContext(code: string, formIds: readonly string[]): Promise<Omit<OpenDossier, 'dossier'> | null> {
  const entry = entryFor(code);
  if (!entry) return null;
  const [sheet, ...forms] = await Promise.all([
    loadJson<SheetData>(entry.sheetUrl, isSheetFor(code)),
    ...formIds.map((id) => {
      const url = catalogue.formUrls[id];
      return url ? loadJson<FormTemplate>(url, isForm(id)) : Promise.reject(new Error(`no form ${id}`));
    }),
  ]);
  return { entry, sheet: sheet as SheetData, procedure: (sheet as SheetData).procedure, forms: forms as FormTemplate[], paperless: entry.paperless };
}

/**
 * A dossier open for editing. `change` updates the screen at once and saves shortly after; the pending version is
 * written when the page is hidden, closed or left, so a reload, a crash or a closed tab loses nothing.
 */
export function useDossier(id: string) {
  const [load, setLoad] = useState<DossierLoad>({ state: 'loading' });
  /** Read again on request: a dossier missing here may have just been pasted in (ImportDossiers). */
  const [reads, setReads] = useState(0);
  const [save, setSave] = useState<SaveState>({ state: 'saved' });
  const saver = useRef(createAutosaver<Dossier>(saveDossier, setSave));
  const current = useRef<DossierLoad>(load);
  current.current = load;

  useEffect(() => {
    let live = true;
    (async (): Promise<DossierLoad> => {
      const problem = await storageReady();
      if (problem) return { state: 'storage', problem };
      const dossier = await getDossier(id);
      if (dossier === null) return { state: 'missing' };
      if (dossier === 'damaged') return { state: 'damaged' };
      const context = await loadContext(dossier.code, dossier.forms).catch(() => undefined);
      if (context === undefined) return { state: 'failed' };
      if (context === null) return { state: 'missing' };
      // A dossier saved before its forms were corrected: answers follow renamed fields (saved with the next change).
      return { state: 'ready', dossier: followRenames(dossier, context.forms), ...context };
    })().then(
      (result) => live && setLoad(result),
      (error: unknown) => live && setLoad({ state: 'storage', problem: storageProblem(error) }),
    );
    const flush = () => {
      const pending = saver.current.pending();
      if (pending) writeJournal(pending);
      void saver.current.flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.current.flush();
    };
  }, [id, reads]);

  const change = useCallback((edit: (dossier: Dossier) => Dossier) => {
    const now = current.current;
    if (now.state !== 'ready') return;
    const dossier = touched(edit(now.dossier), now, new Date());
    const next = { ...now, dossier };
    current.current = next;
    setLoad(next);
    saver.current.schedule(dossier);
  }, []);

  /** Records what happened to the dossier (printed, handed on) without counting as a change to it. */
  const mark = useCallback((marks: Pick<Dossier, 'printedAt' | 'sentAt'>) => {
    const now = current.current;
    if (now.state !== 'ready') return;
    const next = { ...now, dossier: { ...now.dossier, ...marks } };
    current.current = next;
    setLoad(next);
    saver.current.schedule(next.dossier);
  }, []);

  return { load, save, change, mark, flush: () => saver.current.flush(), reload: () => setReads((n) => n + 1) };
}

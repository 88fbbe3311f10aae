import catalogue from 'virtual:catalogue';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createStore } from '../app/store';
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

/**
 * Changes the open dossier and saves it shortly after. A `quiet` change (a keystroke in a question no other
 * question's rule reads) is kept and saved without re-rendering the screen: the question shows what is typed itself.
 */
export type Change = (edit: (dossier: Dossier) => Dossier, options?: { quiet?: boolean }) => void;

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
 * A dossier open for editing. `change` updates the screen (unless quiet) and saves shortly after; the pending version
 * is written when the page is hidden, closed or left, so a reload, a crash or a closed tab loses nothing. `latest`
 * gives the newest version, quiet changes included.
 */
export function useDossier(id: string) {
  const [, setLoad] = useState<DossierLoad>({ state: 'loading' });
  /** Read again on request: a dossier missing here may have just been pasted in (ImportDossiers). */
  const [reads, setReads] = useState(0);
  // Its own store: only the save status re-renders when a save starts or ends, not the step being typed into.
  const [save] = useState(() => createStore<{ save: SaveState }>({ save: { state: 'saved' } }));
  /** The newest version, quiet changes included; what is on screen may be older (see `change`). */
  const current = useRef<DossierLoad>({ state: 'loading' });
  // A quiet change skips what `touched` works out from every rule of every form (status, applicant, time): done once
  // when that version is saved or shown instead of on each keystroke.
  const [untouched] = useState(() => new WeakSet<Dossier>());
  const complete = (dossier: Dossier): Dossier => {
    const now = current.current;
    return untouched.has(dossier) && now.state === 'ready' ? touched(dossier, now, new Date()) : dossier;
  };
  const saver = useRef(
    createAutosaver<Dossier>(
      (dossier) => saveDossier(complete(dossier)),
      (next) => {
        if (next.state === 'failed' || next.state !== save.get().save.state) save.set({ save: next });
      },
    ),
  );
  const show = (next: DossierLoad) => {
    current.current = next;
    setLoad(next);
  };

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
      (result) => live && show(result),
      (error: unknown) => live && show({ state: 'storage', problem: storageProblem(error) }),
    );
    const flush = () => {
      const pending = saver.current.pending();
      if (pending) writeJournal(complete(pending));
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

  const change: Change = useCallback((edit, { quiet = false } = {}) => {
    const now = current.current;
    if (now.state !== 'ready') return;
    const edited = edit(now.dossier);
    const dossier = quiet ? edited : touched(edited, now, new Date());
    const next = { ...now, dossier };
    if (quiet) {
      untouched.add(dossier);
      current.current = next;
    } else show(next);
    saver.current.schedule(dossier);
  }, []);

  /** Records what happened to the dossier (printed, handed on) without counting as a change to it. */
  const mark = useCallback((marks: Pick<Dossier, 'printedAt' | 'sentAt'>) => {
    const now = current.current;
    if (now.state !== 'ready') return;
    const next = { ...now, dossier: { ...now.dossier, ...marks } };
    if (untouched.has(now.dossier)) untouched.add(next.dossier);
    show(next);
    saver.current.schedule(next.dossier);
  }, []);

  const latest = useCallback(() => {
    const now = current.current;
    return now.state === 'ready' ? now.dossier : null;
  }, []);

  // The newest version, whatever made this render: a step shown after quiet changes shows them, completed.
  const now = current.current;
  if (now.state === 'ready' && untouched.has(now.dossier)) current.current = { ...now, dossier: complete(now.dossier) };
  return { load: current.current, save, change, mark, latest, flush: () => saver.current.flush(), reload: () => setReads((n) => n + 1) };
}

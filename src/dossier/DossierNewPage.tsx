import './dossier.css';
import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../app/router';
import { dossierPath } from '../app/routes';
import { LoadFailed, Loading, NotFoundPage } from '../app/Status';
import { usePageTitle } from '../app/usePageTitle';
import { isSheetFor, loadJson, prefetchForms } from '../data/dataFiles';
import { entryFor } from '../data/entries';
import type { SheetData } from '../data/types';
import { readDesk } from '../desk/deskState';
import { readRound } from '../drafts/round';
import { t } from '../i18n';
import { DraftHereWarning } from '../inapp/DraftHereWarning';
import { inApp } from '../inapp/here';
import { StorageError, type StorageProblem } from '../storage/database';
import { saveDossier } from '../storage/dossiers';
import { storageReady } from '../storage/ready';
import { deskTags, newDossier, newDossierId } from './record';
import { StorageProblemView } from './StorageProblemView';

type State = { state: 'warning' } | { state: 'working' } | { state: 'failed' } | { state: 'storage'; problem: StorageProblem };

/**
 * /d/new?p=<code>: makes an empty dossier for the procedure and replaces itself with it, so "back" skips it. Inside an
 * app's browser it first says that a dossier made there stays there, and makes it only if the person goes on.
 */
export default function DossierNewPage({ code, assisted }: { code: string | null; assisted: boolean }) {
  const entry = code ? entryFor(code) : undefined;
  const [state, setState] = useState<State>({ state: inApp ? 'warning' : 'working' });
  usePageTitle(t('draft.title'));
  useEffect(() => {
    if (!entry || state.state !== 'working') return;
    // The forms load while the dossier is made, not after the next screen asks for them.
    prefetchForms(entry.code);
    (async () => {
      const problem = await storageReady();
      if (problem) return setState({ state: 'storage', problem });
      const sheet = await loadJson<SheetData>(entry.sheetUrl, isSheetFor(entry.code));
      const desk = { ...readDesk(), round: readRound() };
      const dossier = { ...newDossier(newDossierId(), sheet.procedure, new Date()), ...deskTags(desk, assisted) };
      await saveDossier(dossier);
      navigate(dossierPath(dossier.id), { replace: true });
    })().catch((error: unknown) => {
      setState(error instanceof StorageError ? { state: 'storage', problem: error.problem } : { state: 'failed' });
    });
  }, [entry, state.state === 'working']);
  if (!entry) return <NotFoundPage title={t('draft.unknownProcedure')} />;
  if (state.state === 'warning') return <DraftHereWarning onStay={() => setState({ state: 'working' })} />;
  if (state.state === 'storage') return <StorageProblemView problem={state.problem} />;
  if (state.state === 'failed') return <LoadFailed />;
  return <Loading />;
}

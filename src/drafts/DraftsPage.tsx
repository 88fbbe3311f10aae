import '../dossier/dossier.css';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../app/Status';
import { usePageTitle } from '../app/usePageTitle';
import { StorageProblemView } from '../dossier/StorageProblemView';
import { downloadDossiers } from '../exchange/download';
import { ImportDossiers } from '../exchange/ImportDossiers';
import { t } from '../i18n';
import { inApp } from '../inapp/here';
import { MoveToBrowser } from '../inapp/MoveToBrowser';
import type { Dossier } from '../schema/dossier';
import type { StorageProblem } from '../storage/database';
import { deleteDossier, listDossiers, saveDossier } from '../storage/dossiers';
import { storageReady } from '../storage/ready';
import { DossierRow } from './DossierRow';
import { RoundPanel } from './RoundPanel';

/**
 * Rows shown at first, newest first; the rest come in steps on request. An outreach worker's phone may hold hundreds,
 * and laying them all out at once keeps a cheap phone's screen frozen far longer than a page of them.
 */
const PAGE = 50;

type State = { state: 'loading' } | { state: 'storage'; problem: StorageProblem } | { state: 'ready'; dossiers: Dossier[]; damaged: number };

/**
 * /drafts: every dossier on this device, newest change first, with delete (and undo), export and import. `paste`: the
 * phone's browser opened from an app's (src/inapp) to take a copied dossier in, so the paste box comes first.
 */
export default function DraftsPage({ paste }: { paste: boolean }) {
  const [state, setState] = useState<State>({ state: 'loading' });
  const [removed, setRemoved] = useState<Dossier | null>(null);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [shown, setShown] = useState(PAGE);
  usePageTitle(t('drafts.title'));

  const reload = async () => {
    const list = await listDossiers().catch(() => null);
    // The bench reads this mark and 'drafts-open': storage work (open to listed) apart from rendering (listed to on
    // screen). It is set before the state, whose render runs before this function's caller resumes.
    performance.mark('drafts-listed');
    setState(list ? { state: 'ready', ...list } : { state: 'storage', problem: 'unavailable' });
  };
  // Storage is checked, and journalled changes stored, once when the screen opens; a delete or an import only lists again.
  useEffect(() => {
    void (async () => {
      performance.mark('drafts-open');
      const storage = await storageReady();
      if (storage) return setState({ state: 'storage', problem: storage });
      await reload();
    })();
  }, []);

  const remove = async (dossier: Dossier) => {
    setProblem(null);
    try {
      await deleteDossier(dossier.id);
      setRemoved(dossier);
      await reload();
    } catch {
      setProblem('unavailable');
    }
  };
  const undo = async () => {
    if (!removed) return;
    try {
      await saveDossier(removed);
      setRemoved(null);
      await reload();
    } catch {
      setProblem('full');
    }
  };

  if (state.state === 'loading') return <Loading />;
  if (state.state === 'storage') return <StorageProblemView problem={state.problem} />;
  const { dossiers, damaged } = state;
  const files = (
    <section class="drafts-files" aria-labelledby="files-title">
      <h2 id="files-title">{t('drafts.files')}</h2>
      {dossiers.length > 0 && (
        <p>
          <button type="button" class="button" onClick={() => void downloadDossiers(dossiers)}>
            {t('drafts.exportAll')}
          </button>
        </p>
      )}
      <ImportDossiers pasteFirst={paste} onImported={() => void reload()} />
    </section>
  );
  return (
    <section class="drafts">
      <h1>{t('drafts.title')}</h1>
      {inApp && dossiers.length > 0 && <MoveToBrowser dossiers={dossiers} />}
      {paste && files}
      <div role="status" class="drafts-status">
        {removed && (
          <p class="notice">
            {t('drafts.removed')}{' '}
            <button type="button" class="button small" onClick={() => void undo()}>
              {t('drafts.undo')}
            </button>
          </p>
        )}
        {problem && <p class="error">{t(`draft.save.failed.${problem}`)}</p>}
      </div>
      {damaged > 0 && <p class="notice warn">{t('drafts.damaged', { count: damaged })}</p>}
      {dossiers.length === 0 ? (
        <p>
          {t('drafts.empty')} <a href="/">{t('drafts.choose')}</a>
        </p>
      ) : (
        <>
          <p>{t('drafts.count', { count: dossiers.length })}</p>
          <ul class="draft-list">
            {dossiers.slice(0, shown).map((d) => (
              <DossierRow key={d.id} dossier={d} onDelete={() => void remove(d)} />
            ))}
          </ul>
          {dossiers.length > shown && (
            <p>
              <button type="button" class="button" onClick={() => setShown(shown + PAGE)}>
                {t('drafts.more', { count: Math.min(PAGE, dossiers.length - shown), left: dossiers.length - shown })}
              </button>
            </p>
          )}
        </>
      )}
      {!paste && files}
      <RoundPanel dossiers={dossiers} onChange={() => void reload()} />
    </section>
  );
}

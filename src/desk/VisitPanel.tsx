import { useEffect, useRef, useState } from 'preact/hooks';
import { dossierPath } from '../app/routes';
import { T } from '../app/Text';
import { entryFor } from '../data/entries';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { listDossiers } from '../storage/dossiers';
import { storageReady } from '../storage/ready';
import { endVisit } from './endVisit';
import { notHandedOn, ofVisit } from './visit';

/** Seconds an idle tablet waits, showing a warning, before it clears the visit on its own. */
export const IDLE_GRACE_S = 60;

/**
 * The citizen at the counter: the dossiers of this visit, and "Kết thúc lượt", which clears them from the shared
 * tablet after a confirmation that names anything not yet printed or handed on. When the tablet was left idle, it
 * counts down and clears on its own unless someone is still there.
 */
export function VisitPanel({ visit, idle, onEnded }: { visit: string; idle: boolean; onEnded: () => void }) {
  const [dossiers, setDossiers] = useState<Dossier[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [left, setLeft] = useState<number | null>(null);
  const [ended, setEnded] = useState<number | null>(null);
  const ending = useRef(false);
  useEffect(() => {
    ending.current = false;
    // Changes journalled when the last screen was left are stored first, so the list (and a wipe) sees them.
    storageReady()
      .then(listDossiers)
      .then(
        (l) => setDossiers(ofVisit(l.dossiers, visit)),
        () => setDossiers([]),
      );
  }, [visit]);

  const finish = async () => {
    // Once: the countdown and a press on the button may both ask.
    if (ending.current) return;
    ending.current = true;
    setEnded(await endVisit(visit));
    setConfirming(false);
    setLeft(null);
    onEnded();
  };
  useEffect(() => {
    if (!idle || !dossiers?.length) return;
    setLeft(IDLE_GRACE_S);
    const timer = setInterval(() => setLeft((s) => (s === null || s <= 0 ? s : s - 1)), 1000);
    return () => clearInterval(timer);
  }, [idle, dossiers?.length]);
  useEffect(() => {
    if (left !== null && left <= 0) void finish();
  }, [left]);

  if (!dossiers) return null;
  const unsent = dossiers.filter(notHandedOn);
  return (
    <section class="visit" aria-labelledby="visit-title">
      <h2 id="visit-title">{t('desk.visit.title')}</h2>
      <div role="status">{ended !== null && <p class="notice ok">{t('desk.visit.ended', { count: ended })}</p>}</div>
      {left !== null && (
        <div class="notice warn" role="alert">
          <p>{t('desk.visit.idle', { seconds: Math.max(left, 0) })}</p>
          <button type="button" class="button" onClick={() => setLeft(null)}>
            {t('desk.visit.stay')}
          </button>
        </div>
      )}
      {dossiers.length === 0 ? (
        <p>{t('desk.visit.empty')}</p>
      ) : (
        <ul class="visit-list">
          {dossiers.map((d) => (
            <li key={d.id} data-dossier={d.id}>
              <a href={dossierPath(d.id, 'check')}>
                {entryFor(d.code) ? <T value={entryFor(d.code)!.name} /> : d.code} — {d.applicant ?? t('drafts.noName')}
              </a>{' '}
              <span class={`draft-status status-${d.status}`}>{t(`drafts.status.${d.status}`)}</span>
              {notHandedOn(d) && <span class="needed"> {t('desk.visit.notHandedOn')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p class="links">
        <a class="button" href="/scan">
          {t('desk.visit.receive')}
        </a>
        {dossiers.length > 0 && !confirming && (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            {t('desk.visit.end')}
          </button>
        )}
      </p>
      {confirming && (
        <div class="end-visit" role="alertdialog" aria-labelledby="end-visit-title">
          <h3 id="end-visit-title">{t('desk.visit.confirmTitle', { count: dossiers.length })}</h3>
          {unsent.length > 0 && <p class="notice warn">{t('desk.visit.unsentWarning', { count: unsent.length })}</p>}
          <p class="links">
            <button type="button" class="button primary" onClick={() => void finish()}>
              {t('desk.visit.confirm')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('drafts.import.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { Lazy } from '../app/Lazy';
import { downloadDossiers } from '../exchange/download';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { saveDossier } from '../storage/dossiers';
import { readRound, writeRound } from './round';

const loadHandoff = () => import('../dossier/HandoffView');

/** The rounds present among these dossiers, newest first, with their dossiers. */
function rounds(dossiers: readonly Dossier[]): { name: string; dossiers: Dossier[] }[] {
  const byName = new Map<string, Dossier[]>();
  for (const d of dossiers) if (d.round) byName.set(d.round, [...(byName.get(d.round) ?? []), d]);
  return [...byName].map(([name, list]) => ({ name, dossiers: list }));
}

/**
 * Outreach rounds: a name under which the dossiers of many households prepared offline in a village are kept
 * together, and handed to the desk in one go (a file or a QR sequence) back at the office.
 */
export function RoundPanel({ dossiers, onChange }: { dossiers: readonly Dossier[]; onChange: () => void }) {
  const [active, setActive] = useState(readRound);
  const [showing, setShowing] = useState<string | null>(null);
  const markSent = async (list: Dossier[]) => {
    const at = new Date().toISOString();
    for (const d of list) await saveDossier({ ...d, sentAt: at });
    onChange();
  };

  const start = (event: Event) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('round') ?? '').trim();
    if (name) setActive(writeRound(name));
  };
  return (
    <section class="rounds" aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t('round.title')}</h2>
      {active ? (
        <p class="notice ok">
          {t('round.active', { round: active })}{' '}
          <button type="button" class="button small" onClick={() => setActive(writeRound(null))}>
            {t('round.stop')}
          </button>
        </p>
      ) : (
        <form class="inline-form" onSubmit={start}>
          <label class="visually-hidden" for="round-name">
            {t('round.name')}
          </label>
          <input id="round-name" name="round" maxLength={100} placeholder={t('round.placeholder')} />
          <button type="submit" class="button">
            {t('round.start')}
          </button>
        </form>
      )}
      <p class="hint">{t('round.help')}</p>
      <ul class="round-list">
        {rounds(dossiers).map((round) => (
          <li key={round.name} data-round={round.name}>
            <strong>{round.name}</strong>:{' '}
            {t('round.summary', { count: round.dossiers.length, ready: round.dossiers.filter((d) => d.status !== 'draft').length })}
            <p class="links">
              <button
                type="button"
                class="button small"
                onClick={() => void downloadDossiers(round.dossiers, round.name).then(() => markSent(round.dossiers))}
              >
                {t('round.file')}
              </button>
              <button type="button" class="button small" onClick={() => setShowing(round.name)}>
                {t('round.qr')}
              </button>
            </p>
            {showing === round.name && (
              <Lazy
                load={loadHandoff}
                props={{
                  dossiers: round.dossiers,
                  round: round.name,
                  onShown: () => void markSent(round.dossiers),
                  back: { href: '/drafts', label: t('drafts.title') },
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import catalogue from 'virtual:catalogue';
import deskDays from 'virtual:desk-days';
import { useEffect, useState } from 'preact/hooks';
import { locale } from '../app/format';
import { randomId } from '../app/randomId';
import { T } from '../app/Text';
import { entryFor } from '../data/entries';
import { language, t } from '../i18n';
import { RECEIPT_STATUSES, type Receipt } from '../schema/dossier';
import { addReceipt, receiptsOf, saveReceipt } from '../storage/receipts';

const time = (iso: string) => new Date(iso).toLocaleTimeString(locale(language()), { hour: '2-digit', minute: '2-digit' });

/** What the desk checks for a procedure: the commune's list, then the case the procedure qualifies in. */
function checksFor(code: string) {
  const condition = catalogue.commune.badges.conditions[code]?.sameDayFriday;
  return [...deskDays.sameDay.checks, ...(condition ? [condition] : [])];
}

/**
 * No-appointment Friday: today's dossiers taken for same-day handling, each with what the desk must check and how
 * far it is (received, signed, returned), so the desk sees what it still owes before closing time.
 */
export function SameDayList({ day, code }: { day: string; code: string | null }) {
  const [receipts, setReceipts] = useState<Receipt[] | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = () => receiptsOf(day).then(setReceipts, () => setFailed(true));
  useEffect(() => void reload(), [day]);
  const save = (receipt: Receipt) => saveReceipt(receipt).then(reload, () => setFailed(true));
  const receive = (code: string) =>
    addReceipt({ id: randomId(), code, day, receivedAt: new Date().toISOString(), checks: [], status: 'received' }).then(reload, () =>
      setFailed(true),
    );
  const entry = code ? entryFor(code) : undefined;
  const owed = receipts?.filter((r) => r.status !== 'returned').length ?? 0;

  return (
    <section class="same-day" aria-labelledby="same-day-title">
      <h2 id="same-day-title">{t('desk.sameDay.title')}</h2>
      {failed && <p class="error">{t('draft.save.failed.unavailable')}</p>}
      {receipts && <p class={owed ? 'notice warn' : 'notice ok'}>{t('desk.sameDay.owed', { count: owed, total: receipts.length })}</p>}
      {entry?.sameDayFriday ? (
        <p>
          <button type="button" class="button primary" onClick={() => void receive(entry.code)}>
            {t('desk.sameDay.receive', { code: entry.code })}
          </button>
        </p>
      ) : (
        <p class="hint">{t(entry ? 'desk.sameDay.notEligible' : 'desk.sameDay.choose')}</p>
      )}
      <ol class="receipts">
        {receipts?.map((r) => (
          <li key={r.id} class={`receipt status-${r.status}`} data-receipt={r.number}>
            <p>
              <strong>#{r.number}</strong> {entryFor(r.code) ? <T value={entryFor(r.code)!.name} /> : r.code} —{' '}
              {t('desk.sameDay.at', { time: time(r.receivedAt) })}
            </p>
            <fieldset class="question">
              <legend class="visually-hidden">{t('desk.sameDay.checks', { number: r.number })}</legend>
              {checksFor(r.code).map((check) => (
                <label key={check.vi} class="checkbox">
                  <input
                    type="checkbox"
                    checked={r.checks.includes(check.vi)}
                    onChange={(e) =>
                      void save({
                        ...r,
                        checks: (e.currentTarget as HTMLInputElement).checked ? [...r.checks, check.vi] : r.checks.filter((c) => c !== check.vi),
                      })
                    }
                  />
                  <span>
                    <T value={check} />
                  </span>
                </label>
              ))}
            </fieldset>
            {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons named by aria-label; a fieldset needs a visible legend */}
            <div class="choice-row" role="group" aria-label={t('desk.sameDay.statusOf', { number: r.number })}>
              {RECEIPT_STATUSES.map((status) => (
                <button
                  key={status}
                  type="button"
                  class="button small"
                  aria-pressed={r.status === status}
                  onClick={() => void save({ ...r, status })}
                >
                  {t(`desk.sameDay.status.${status}`)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

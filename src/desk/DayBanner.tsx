import deskDays from 'virtual:desk-days';
import { newDossierPath } from '../app/routes';
import { T } from '../app/Text';
import { entryFor } from '../data/entries';
import { t } from '../i18n';

/** The weekday sets the tone: no-writing Monday leads with filling in for the citizen, no-appointment Friday with the day's list. */
export function DayBanner({ weekday, code, staffName }: { weekday: number; code: string | null; staffName: string }) {
  const { noWriting, sameDay } = deskDays;
  const day = weekday === noWriting.weekday ? noWriting : weekday === sameDay.weekday ? sameDay : null;
  // No paper is taken for an online-only procedure: writing for the citizen means filing online for them.
  const online = code !== null && entryFor(code)?.filing === 'onlineOnly';
  const assist = code && (
    <p class="links">
      <a class={`button${day === noWriting ? ' primary' : ''}`} href={newDossierPath(code, true)}>
        {t(online ? 'desk.assistOnline' : 'desk.assist')}
      </a>
      {online && <span class="hint">{t('desk.assistOnlineHelp')}</span>}
      <span class="hint">{staffName ? t('desk.staff', { name: staffName }) : <a href="/settings">{t('desk.noStaff')}</a>}</span>
    </p>
  );
  return (
    <section class={`day-banner${day ? ' special' : ''}`} aria-labelledby="day-title">
      <h1 id="day-title">{day ? <T value={day.title} /> : t('desk.title')}</h1>
      {day && (
        <p class="lead">
          <T value={day.lead} />
        </p>
      )}
      {assist}
    </section>
  );
}

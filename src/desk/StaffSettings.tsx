import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { IDLE_CHOICES, readDesk, writeDesk } from './deskState';

/** For desk staff: their name on dossiers they fill in, the idle timeout of a shared tablet, and their screens. */
export function StaffSettings() {
  const [desk, setDesk] = useState(readDesk);
  return (
    <section aria-labelledby="staff-title">
      <h2 id="staff-title">{t('settings.staff')}</h2>
      <label class="question-label" for="staff-name">
        {t('settings.staffName')}
      </label>
      <input
        id="staff-name"
        class="text-input"
        maxLength={100}
        autoComplete="name"
        value={desk.staffName}
        onInput={(e) => setDesk(writeDesk({ staffName: (e.currentTarget as HTMLInputElement).value }))}
      />
      <label class="question-label" for="idle-minutes">
        {t('settings.idle')}
      </label>
      <select
        id="idle-minutes"
        class="text-input"
        value={String(desk.idleMinutes)}
        onChange={(e) => setDesk(writeDesk({ idleMinutes: Number((e.currentTarget as HTMLSelectElement).value) }))}
      >
        {IDLE_CHOICES.map((m) => (
          <option key={m} value={String(m)}>
            {m === 0 ? t('settings.idleOff') : t('settings.idleMinutes', { count: m })}
          </option>
        ))}
      </select>
      <p class="links">
        <a class="button" href="/desk">
          {t('settings.desk')}
        </a>
        <a class="button" href="/posters">
          {t('posters.title')}
        </a>
      </p>
    </section>
  );
}

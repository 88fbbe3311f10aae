import './desk.css';
import '../dossier/dossier.css';
import catalogue from 'virtual:catalogue';
import deskDays from 'virtual:desk-days';
import { useEffect, useState } from 'preact/hooks';
import { deskPath } from '../app/routes';
import { T } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { inReadingOrder } from '../catalogue/order';
import { ProcedureSheetPage } from '../catalogue/ProcedureSheet';
import { localDate } from '../dossier/answers';
import { t } from '../i18n';
import { FIELDS } from '../schema/fields';
import { BigQr } from './BigQr';
import { DayBanner } from './DayBanner';
import { openVisit, readDesk } from './deskState';
import { SameDayList } from './SameDayList';
import { VisitPanel } from './VisitPanel';

/**
 * /desk: the tablet at the counter. The 24 procedures on one side, the chosen sheet on the other in large type with
 * its QR code a tap away; the day's practice on top; the citizen's visit below. Opening it makes this device a desk.
 */
export default function DeskPage({ code, idle }: { code: string | null; idle: boolean }) {
  const [visit, setVisit] = useState(openVisit);
  const [qr, setQr] = useState(false);
  // Read at every render: a desk tablet left on overnight shows the new day's practice at the next touch.
  const now = new Date();
  const desk = readDesk();
  usePageTitle(t('desk.title'));
  const ordered = inReadingOrder(catalogue.procedures);
  const groups = FIELDS.map((field) => ({ field, entries: ordered.filter((e) => e.field === field) })).filter((g) => g.entries.length);
  // The idle marker leaves the address (a reload must not count down again) without changing the screen.
  useEffect(() => {
    if (idle) history.replaceState(null, '', deskPath(code ?? undefined));
  }, []);
  const sameDay = now.getDay() === deskDays.sameDay.weekday;

  return (
    <div class="desk">
      <DayBanner weekday={now.getDay()} code={code} staffName={desk.staffName} />
      {sameDay && <SameDayList day={localDate(now)} code={code} />}
      <VisitPanel visit={visit} idle={idle} onEnded={() => setVisit(readDesk().visit ?? openVisit())} />
      <div class="desk-columns">
        <nav class="desk-list" aria-label={t('desk.procedures')}>
          {groups.map(({ field, entries }) => (
            <section key={field}>
              <h2>{t(`field.${field}`)}</h2>
              <ul>
                {entries.map((e) => (
                  <li key={e.code}>
                    <a href={deskPath(e.code)} aria-current={e.code === code ? 'true' : undefined}>
                      <T value={e.name} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        <div class="desk-sheet">
          {code ? (
            <>
              <p class="links">
                <button type="button" class="button primary" onClick={() => setQr(true)}>
                  {t('desk.showQr')}
                </button>
              </p>
              <ProcedureSheetPage key={code} code={code} />
            </>
          ) : (
            <p class="lead">{t('desk.choose')}</p>
          )}
        </div>
      </div>
      {qr && code && <BigQr code={code} onClose={() => setQr(false)} />}
    </div>
  );
}

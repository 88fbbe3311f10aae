import catalogue from 'virtual:catalogue';
import { useEffect } from 'preact/hooks';
import { CatalogueView } from '../catalogue/CatalogueView';
import { ProcedureSheetPage } from '../catalogue/ProcedureSheet';
import { type Pack, t, withPacks } from '../i18n';
import { inApp } from '../inapp/here';
import { Notices } from '../offline/Notices';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Lazy } from './Lazy';
import { useRoute } from './router';
import type { Route } from './routes';
import { NotFoundPage } from './Status';
import { screenRendered } from './screenShown';
import { useSettings } from './settings';
import { T } from './Text';
import { usePageTitle } from './usePageTitle';

const loadFormPage = () => import('../forms/FormPage');
/** Inside an app's browser, what a screen says about it (src/inapp). */
const inAppPacks: Pack[] = inApp ? ['inapp'] : [];
// The settings screen links to the posters, in their words.
const loadSettingsPage = withPacks(() => import('./SettingsPage'), 'settings', 'posters', ...inAppPacks);
const loadPostersPage = withPacks(() => import('../posters/PostersPage'), 'posters');
/** A dossier screen needs its code and its strings. */
const withDossierStrings = <M,>(load: () => Promise<M>, ...more: Pack[]) => withPacks(load, 'dossier', ...more, ...inAppPacks);
// The scanner also receives dossiers handed over by QR code.
const loadScanPage = withDossierStrings(() => import('../scan/ScanPage'), 'scan');
const loadDraftsPage = withDossierStrings(() => import('../drafts/DraftsPage'));
const loadDossierPage = withDossierStrings(() => import('../dossier/DossierPage'));
// A new dossier's screen hands over to the dossier's own at once: both load side by side, not one after the other.
const loadDossierNewPage = withDossierStrings(() => {
  void loadDossierPage();
  return import('../dossier/DossierNewPage');
});
const loadDeskPage = withDossierStrings(() => import('../desk/DeskPage'));

function NotFound() {
  usePageTitle(t('notFound.title'));
  return (
    <NotFoundPage title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
    </NotFoundPage>
  );
}

export function App({ at }: { at?: Route }) {
  const route = useRoute(at);
  useSettings();
  useEffect(screenRendered);
  const page = (() => {
    switch (route.name) {
      case 'home':
        return <CatalogueView initialQuery={route.query} />;
      case 'procedure':
        return <ProcedureSheetPage key={route.code} code={route.code} />;
      case 'form':
        return <Lazy load={loadFormPage} props={{ formId: route.formId }} />;
      case 'settings':
        return <Lazy load={loadSettingsPage} props={{}} />;
      case 'scan':
        return <Lazy load={loadScanPage} props={{}} />;
      case 'posters':
        return <Lazy load={loadPostersPage} props={{ code: route.code }} />;
      case 'drafts':
        return <Lazy load={loadDraftsPage} props={{ paste: route.paste }} />;
      case 'dossierNew':
        return <Lazy load={loadDossierNewPage} props={{ code: route.code, assisted: route.assisted }} />;
      case 'dossier':
        return <Lazy load={loadDossierPage} props={{ id: route.id, step: route.step, back: route.back }} />;
      case 'desk':
        return <Lazy load={loadDeskPage} props={{ code: route.code, idle: route.idle }} />;
      case 'notFound':
        return <NotFound />;
    }
  })();
  return (
    <>
      <Header />
      <Notices />
      <main
        id="main"
        tabIndex={-1}
        class={
          route.name === 'form' || route.name === 'posters' || (route.name === 'dossier' && route.step === 'print')
            ? 'wide'
            : route.name === 'desk'
              ? 'full'
              : undefined
        }
      >
        {/* Keyed by screen: a lazily loaded screen must never render the previous screen's component with its props. */}
        <ErrorBoundary key={route.name}>{page}</ErrorBoundary>
      </main>
      <footer class="site-footer no-print">
        <p>{t('footer.about')}</p>
        {catalogue.commune.demo && (
          <p class="demo-note">
            <T value={catalogue.commune.demo} />
          </p>
        )}
      </footer>
    </>
  );
}

import catalogue from 'virtual:catalogue';
import type { FunctionComponent, VNode } from 'preact';
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
import { type Route, routeLayout } from './routes';
import { NotFoundPage } from './Status';
import { screenRendered } from './screenShown';
import { useSettings } from './settings';
import { T } from './Text';
import { usePageTitle } from './usePageTitle';

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

/** A lazy screen whose props are its route's fields. */
const lazy =
  <P extends object>(load: () => Promise<{ default: FunctionComponent<P> }>) =>
  ({ name: _, ...props }: { name: string } & P) => <Lazy load={load} props={props as P} />;

/** Which screen shows each route: every route must have one. */
const screens: { [N in Route['name']]: (route: Extract<Route, { name: N }>) => VNode } = {
  home: (route) => <CatalogueView initialQuery={route.query} />,
  procedure: (route) => <ProcedureSheetPage key={route.code} code={route.code} />,
  form: lazy(() => import('../forms/FormPage')),
  settings: lazy(loadSettingsPage),
  scan: lazy(loadScanPage),
  posters: lazy(loadPostersPage),
  drafts: lazy(loadDraftsPage),
  dossierNew: lazy(loadDossierNewPage),
  dossier: lazy(loadDossierPage),
  desk: lazy(loadDeskPage),
  notFound: () => <NotFound />,
};

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
  // Looked up by name, a screen's type is every screen's; the type of `screens` already pairs each with its route.
  const page = (screens[route.name] as (route: Route) => VNode)(route);
  return (
    <>
      <Header />
      <Notices />
      <main id="main" tabIndex={-1} class={routeLayout(route)}>
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

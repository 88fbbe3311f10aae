import { useEffect } from 'preact/hooks';
import { CatalogueView } from '../catalogue/CatalogueView';
import { ProcedureSheetPage } from '../catalogue/ProcedureSheet';
import { t } from '../i18n';
import { Header } from './Header';
import { useLazyPage } from './lazyPage';
import { useRoute } from './router';
import { useSettings } from './settings';

const loadFormPage = () => import('../forms/FormPage');

function FormRoute({ formId }: { formId: string }) {
  const Page = useLazyPage(loadFormPage);
  if (Page === 'failed') return <p role="alert">{t('status.loadFailed')}</p>;
  return Page ? <Page formId={formId} /> : <p class="status" role="status">{t('status.loading')}</p>;
}

function NotFound() {
  useEffect(() => {
    document.title = `${t('notFound.title')} · ${t('app.name')}`;
  });
  return (
    <section class="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a class="button primary" href="/">
          {t('notInCatalogue.catalogue')}
        </a>
      </p>
    </section>
  );
}

export function App() {
  const route = useRoute();
  useSettings();
  const page = (() => {
    switch (route.name) {
      case 'home':
        return <CatalogueView initialQuery={route.query} />;
      case 'procedure':
        return <ProcedureSheetPage key={route.code} code={route.code} />;
      case 'form':
        return <FormRoute formId={route.formId} />;
      case 'notFound':
        return <NotFound />;
    }
  })();
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} class={route.name === 'form' ? 'wide' : undefined}>
        {page}
      </main>
      <footer class="site-footer no-print">
        <p>{t('footer.about')}</p>
      </footer>
    </>
  );
}

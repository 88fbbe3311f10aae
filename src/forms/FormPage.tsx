import catalogue from 'virtual:catalogue';
import { useState } from 'preact/hooks';
import { LoadFailed, Loading, NotFoundPage } from '../app/Status';
import { T, Unverified } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { isForm, useData } from '../data/dataFiles';
import { t } from '../i18n';
import type { FormTemplate } from '../schema/form';
import { FormSheet } from './FormSheet';

/** /forms/<formId>: the blank official form, ready to print, with where it comes from. */
export default function FormPage({ formId }: { formId: string }) {
  const [attempt, setAttempt] = useState(0);
  const loaded = useData<FormTemplate>(catalogue.formUrls[formId], isForm(formId), attempt);
  usePageTitle(loaded.state === 'ready' ? loaded.data.title.vi : t('form.title'));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <LoadFailed onRetry={() => setAttempt((n) => n + 1)} />;
  if (loaded.state === 'missing') return <NotFoundPage title={t('form.notFound')} />;
  const form = loaded.data;
  return (
    <>
      <div class="form-tools no-print">
        <p>
          <strong>{t('form.legalSource')}:</strong> <T value={form.legalSource} />
          {form.formNumber && ` (${form.formNumber})`}
        </p>
        <Unverified value={form.unverified} />
        <p>
          <button type="button" class="button primary" onClick={() => print()}>
            {t('form.print')}
          </button>
        </p>
      </div>
      <FormSheet form={form} />
      <p class="print-source print-face">
        {form.legalSource.vi}
        {form.formNumber && ` — ${form.formNumber}`}
      </p>
    </>
  );
}

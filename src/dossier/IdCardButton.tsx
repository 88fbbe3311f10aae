import { useState } from 'preact/hooks';
import { LoadFailed, Loading } from '../app/Status';
import { useLazyPage } from '../app/lazyPage';
import { t } from '../i18n';
import type { FormSection } from '../schema/form';

const loadScanner = () => import('./IdCardScanner');

/** "Quét CCCD" in a person block; the camera code loads only when it is pressed. */
export function IdCardButton({ section, onFill }: { section: FormSection; onFill: (values: Record<string, string>) => void }) {
  const [open, setOpen] = useState(false);
  const [filled, setFilled] = useState(false);
  return (
    <div class="id-card">
      {open ? (
        <IdCardPanel
          section={section}
          onDone={(values) => {
            setOpen(false);
            if (values) {
              onFill(values);
              setFilled(true);
            }
          }}
        />
      ) : (
        <button type="button" class="button" onClick={() => (setOpen(true), setFilled(false))}>
          {t('idCard.scan')}
        </button>
      )}
      <p role="status" class="id-card-status">
        {filled ? t('idCard.filled') : ''}
      </p>
    </div>
  );
}

function IdCardPanel(props: { section: FormSection; onDone: (values: Record<string, string> | null) => void }) {
  const Scanner = useLazyPage(loadScanner);
  if (Scanner === 'failed') return <LoadFailed />;
  return Scanner ? <Scanner {...props} /> : <Loading />;
}

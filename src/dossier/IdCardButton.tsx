import { useState } from 'preact/hooks';
import { Lazy } from '../app/Lazy';
import { t, withPacks } from '../i18n';
import type { FormSection } from '../schema/form';

// The camera's words (starting, what went wrong) are the scanner's.
const loadScanner = withPacks(() => import('./IdCardScanner'), 'scan');

/** "Quét CCCD" in a person block; the camera code loads only when it is pressed. */
export function IdCardButton({ section, onFill }: { section: FormSection; onFill: (values: Record<string, string>) => void }) {
  const [open, setOpen] = useState(false);
  const [filled, setFilled] = useState(false);
  return (
    <div class="id-card">
      {open ? (
        <Lazy
          load={loadScanner}
          props={{
            section,
            onDone: (values: Record<string, string> | null) => {
              setOpen(false);
              if (values) {
                onFill(values);
                setFilled(true);
              }
            },
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

import { t } from '../i18n';

/** "Tiếp tục": submits the step's form, so Enter on a phone keyboard moves on too. */
export function NextButton() {
  return (
    <div class="step-actions">
      <button type="submit" class="button primary">
        {t('draft.next')}
      </button>
    </div>
  );
}

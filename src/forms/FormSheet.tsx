import { language } from '../i18n';
import type { LocalizedText } from '../schema/common';
import type { FormField, FormTemplate } from '../schema/form';

/** The Vietnamese wording of the official form, with the English beneath it when English is chosen. */
function Label({ text }: { text: LocalizedText }) {
  return (
    <>
      <span lang="vi">{text.vi}</span>
      {language() === 'en' && text.en && (
        <span class="gloss" lang="en">
          {' '}
          ({text.en})
        </span>
      )}
    </>
  );
}

function Blank({ field, value }: { field: FormField; value: string | undefined }) {
  if (field.options) {
    return (
      <span class="choices">
        {field.options.map((o) => (
          <span key={o.value} class="choice">
            <span class="box" aria-hidden="true">
              {value === o.value ? '☒' : '☐'}
            </span>{' '}
            <Label text={o.label} />
          </span>
        ))}
      </span>
    );
  }
  return <span class={`dots${field.type === 'textarea' ? ' tall' : ''}`}>{value ?? ''}</span>;
}

/**
 * An official form laid out as an A4 page: the national motto, title, addressee, one dotted line per field,
 * the sworn statement and the signature block. Blank when `values` is absent; the dossier prints it filled.
 */
export function FormSheet({ form, values }: { form: FormTemplate; values?: Record<string, string> }) {
  return (
    <div class="a4" lang="vi">
      <div class="a4-top">
        <p class="form-number">{form.formNumber ?? ''}</p>
        <p class="motto">
          <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
          <br />
          <strong class="motto-line">Độc lập - Tự do - Hạnh phúc</strong>
        </p>
      </div>
      <h1 class="form-title">
        {form.title.vi.toUpperCase()}
        {language() === 'en' && form.title.en && <span class="gloss">{form.title.en}</span>}
      </h1>
      {form.addressee && (
        <p class="addressee">
          <span lang="vi">Kính gửi:</span> <Label text={form.addressee} /> <span class="dots" />
        </p>
      )}
      {form.sections.map((section) => (
        <section key={section.id} class="form-section">
          <h2>
            <Label text={section.title} />
          </h2>
          {section.fields.map((field) => (
            <p key={field.id} class="form-line" data-field={field.id}>
              <span class="form-label">
                <Label text={field.label} />:
              </span>{' '}
              <Blank field={field} value={values?.[field.id]} />
            </p>
          ))}
        </section>
      ))}
      {form.declaration && (
        <p class="declaration">
          <Label text={form.declaration} />
        </p>
      )}
      <div class="signatures">
        <p class="made-at">Làm tại: ......................, ngày ...... tháng ...... năm ..........</p>
        <div class="signature-row">
          {form.signatures.map((s, i) => (
            <p key={i} class="signature">
              <Label text={s} />
            </p>
          ))}
        </div>
      </div>
    </div>
  );
}

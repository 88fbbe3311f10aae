import './printFont.css';
import './formSheet.css';
import { language } from '../i18n';
import type { LocalizedText } from '../schema/common';
import type { FormField, FormTemplate } from '../schema/form';
import { ChoiceGrid } from './ChoiceGrid';
import { Box, Label } from './FormParts';
import { groupChoices, isShort } from './layout';
import { printedValue } from './printedValue';

function Blank({ field, value }: { field: FormField; value: string | undefined }) {
  if (field.options) {
    return (
      <span class="choices">
        {field.options.map((o) => (
          <span key={o.value} class="choice">
            <Box checked={value === o.value} /> <Label text={o.label} />
          </span>
        ))}
      </span>
    );
  }
  if (field.type === 'checkbox') return <Box checked={value === 'yes'} />;
  // A blank address gets the two dotted lines a hand needs; a written one takes the room its words take.
  if (field.type === 'textarea' && !value) {
    return (
      <>
        <span class="dots" />
        <span class="dots next" />
      </>
    );
  }
  return <span class="dots">{value ? printedValue(field, value) : ''}</span>;
}

/** "Người yêu cầu (ký, ghi rõ họ, chữ đệm, tên)" is set as the templates set it: the role, and under it the instruction. */
function Signature({ text }: { text: LocalizedText }) {
  const at = text.vi.indexOf(' (');
  if (at < 0 || !text.vi.endsWith(')')) return <Label text={text} />;
  return (
    <>
      <span lang="vi">{text.vi.slice(0, at)}</span>
      <span class="sign-how" lang="vi">
        {text.vi.slice(at + 1)}
      </span>
      {language() === 'en' && text.en && (
        <span class="gloss" lang="en">
          {text.en}
        </span>
      )}
    </>
  );
}

/** "Làm tại: …, ngày … tháng … năm …", with the place and the date written in where they were answered. */
function MadeAt({ form, values }: { form: FormTemplate; values?: Record<string, string> }) {
  const place = form.madeAt && values?.[form.madeAt.place];
  const date = form.madeAt?.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(values?.[form.madeAt.date] ?? '') : null;
  return (
    <p class="made-at">
      Làm tại: {place || '......................'}, ngày {date?.[3] ?? '......'} tháng {date?.[2] ?? '......'} năm {date?.[1] ?? '..........'}
    </p>
  );
}

/** What a section prints: its fields, less the ones the paper form does not have or prints in the made-at line. */
const printedFields = (form: FormTemplate, section: FormTemplate['sections'][number]) =>
  section.fields.filter((f) => f.onPaper !== false && f.id !== form.madeAt?.place && f.id !== form.madeAt?.date);

/**
 * An official form laid out as an A4 page: the national motto, title, addressee, one dotted line per field,
 * the sworn statement and the signature block. Blank when `values` (answers as stored) is absent; the dossier prints
 * it filled.
 */
export function FormSheet({ form, values }: { form: FormTemplate; values?: Record<string, string> }) {
  return (
    <div class="a4 print-face" lang="vi">
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
      {form.sections
        .map((section) => ({ section, fields: printedFields(form, section) }))
        .filter(({ fields }) => fields.length > 0)
        .map(({ section, fields }) => (
          <section key={section.id} class="form-section">
            <h2>
              <Label text={section.title} />
            </h2>
            <div class="form-fields">
              {groupChoices(fields).map((item) =>
                Array.isArray(item) ? (
                  <ChoiceGrid key={item[0]!.id} fields={item} values={values} />
                ) : (
                  <p key={item.id} class={`form-line${isShort(item) ? ' short' : ''}`} data-field={item.id}>
                    <span class="form-label">
                      <Label text={item.label} />:
                    </span>{' '}
                    <Blank field={item} value={values?.[item.id]} />
                  </p>
                ),
              )}
            </div>
          </section>
        ))}
      <div class="form-end">
        {form.declaration && (
          <p class="declaration">
            <Label text={form.declaration} />
          </p>
        )}
        <MadeAt form={form} values={values} />
        <div class="signature-row">
          {form.signatures.map((s, i) => (
            <p key={i} class="signature">
              <Signature text={s} />
            </p>
          ))}
        </div>
      </div>
    </div>
  );
}

import type { FormField } from '../schema/form';
import { Box, Label } from './FormParts';

/**
 * Questions that share one set of answers ("Đi lại", "Ăn uống"… each "Thực hiện được" to "Không xác định được"), set
 * as the templates set them: a table with a column per answer, one row per question, instead of the answers
 * written out again under every question.
 */
export function ChoiceGrid({ fields, values }: { fields: FormField[]; values?: Record<string, string> }) {
  const options = fields[0]!.options!;
  return (
    <table class="choice-grid">
      <thead>
        <tr>
          <td />
          {options.map((o) => (
            <th key={o.value} scope="col">
              <Label text={o.label} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.id} data-field={field.id}>
            <th scope="row">
              <Label text={field.label} />
            </th>
            {options.map((o) => (
              <td key={o.value}>
                <Box checked={values?.[field.id] === o.value} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

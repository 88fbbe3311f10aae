import type { ComponentChildren } from 'preact';
import { T } from '../app/Text';
import type { FormField, FormTemplate } from '../schema/form';
import { fieldShown, sectionShown } from './answers';
import { answersOf } from './record';
import type { OpenDossier } from './useDossier';

interface Props {
  open: OpenDossier;
  /** Leave out questions with no answer (the portal copy sheet has nothing to copy there). */
  answeredOnly?: boolean;
  row: (form: FormTemplate, field: FormField, value: string) => ComponentChildren;
}

/** A dossier's shown questions, form by form and section by section, in the official form's order. */
export function AnswerSections({ open, answeredOnly = false, row }: Props) {
  return (
    <>
      {open.forms.map((form) => {
        const answers = answersOf(open.dossier)(form.id);
        return (
          <section key={form.id} class="answers-form">
            <h3>
              <T value={form.title} />
            </h3>
            {form.sections
              .filter((s) => sectionShown(s, answers))
              .map((section) => (
                <div key={section.id} class="answers-section">
                  <h4>
                    <T value={section.title} />
                  </h4>
                  <dl class="answers">
                    {section.fields
                      .filter((f) => fieldShown(section, f, answers) && (!answeredOnly || answers[f.id]))
                      .map((field) => row(form, field, answers[field.id] ?? ''))}
                  </dl>
                </div>
              ))}
          </section>
        );
      })}
    </>
  );
}

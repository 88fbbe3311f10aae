import type { VNode } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { navigate } from '../app/router';
import { dossierPath } from '../app/routes';
import { T } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { language, pick, t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import type { FormField } from '../schema/form';
import { checkFields, type FieldProblems, type FieldStep, fieldShown, localDate, ruledBy } from './answers';
import { FieldInput } from './FieldInput';
import { IdCardButton } from './IdCardButton';
import { NextButton } from './NextButton';
import { ProblemSummary } from './ProblemSummary';
import { withAnswers } from './record';
import type { Change, OpenDossier } from './useDossier';

interface Props {
  open: OpenDossier;
  step: FieldStep;
  /** Where "Tiếp tục" leads: the next step, or back to the check page after a change made from it. */
  nextKey: string;
  change: Change;
  /** The dossier with every keystroke in it: what is on screen may be older. */
  latest: () => Dossier | null;
}

type Shown = { kind: 'error' | 'warning'; problems: Map<string, FieldProblems> } | null;

/** One short group of questions. Checked when the person moves on, never on every keystroke or blur. */
export function FieldStepView({ open, step, nextKey, change, latest }: Props) {
  const { dossier } = open;
  const answers = dossier.answers[step.form.id] ?? {};
  const [shown, setShown] = useState<Shown>(null);
  const title = pick(step.section.title).text + (step.parts > 1 ? ` (${step.part}/${step.parts})` : '');
  usePageTitle(shown?.kind === 'error' ? `${t('draft.errorTitle')} ${title}` : title);

  // A keystroke re-renders only its question (FieldInput shows what is typed): the step renders again when the person
  // leaves a question, or when the answer is one a rule reads, since it may show or hide other questions or steps.
  const rules = useMemo(() => ruledBy(step.form), [step.form]);
  const set = (fieldId: string, value: string, committed: boolean) =>
    change((d) => withAnswers(d, step.form.id, { [fieldId]: value }), { quiet: !committed && !rules.has(fieldId) });
  // Each question's element is made again only when what it shows changes. Preact skips an element it rendered last
  // time, so a render of the step re-renders only the questions whose answer or problems changed.
  const latestSet = useRef(set);
  latestSet.current = set;
  const made = useRef(new Map<string, { value: string; problems: FieldProblems | undefined; lang: string; vnode: VNode }>());
  const question = (field: FormField) => {
    const value = answers[field.id] ?? '';
    const problems = shown?.problems.get(field.id);
    const lang = language();
    const kept = made.current.get(field.id);
    if (kept && kept.value === value && kept.problems === problems && kept.lang === lang) return kept.vnode;
    const vnode = (
      <FieldInput
        key={field.id}
        field={field}
        value={value}
        problems={problems}
        onChange={(next, committed) => latestSet.current(field.id, next, committed)}
      />
    );
    made.current.set(field.id, { value, problems, lang, vnode });
    return vnode;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const now = latest()?.answers[step.form.id] ?? answers;
    const problems = checkFields(step.form, step.section, step.fields, now, localDate(new Date()));
    // Errors lead the summary; any warnings still stand beside their questions.
    if ([...problems.values()].some((p) => p.error)) return setShown({ kind: 'error', problems });
    // Warnings are shown once; moving on a second time accepts them.
    if (problems.size && shown?.kind !== 'warning') return setShown({ kind: 'warning', problems });
    navigate(dossierPath(dossier.id, nextKey));
  };

  const visible = step.fields.filter((f) => fieldShown(step.section, f, answers));
  const fillable = step.section.person && step.section.fields.some((f) => f.autofill);
  return (
    <form class="dossier-step" noValidate onSubmit={onSubmit}>
      {shown && <ProblemSummary kind={shown.kind} problems={shown.problems} fields={step.fields} />}
      <h2 class="step-title">
        <T value={step.section.title} />
        {step.parts > 1 && <span class="step-part"> ({t('draft.part', { part: step.part, parts: step.parts })})</span>}
      </h2>
      <p class="form-name">
        <T value={step.form.title} />
      </p>
      {fillable && <IdCardButton section={step.section} onFill={(values) => change((d) => withAnswers(d, step.form.id, values))} />}
      {visible.map(question)}
      <NextButton />
    </form>
  );
}

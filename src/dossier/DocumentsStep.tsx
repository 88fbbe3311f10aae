import catalogue from 'virtual:catalogue';
import { lawToday } from '../app/lawDate';
import { navigate } from '../app/router';
import { dossierPath } from '../app/routes';
import { T } from '../app/Text';
import { usePageTitle } from '../app/usePageTitle';
import { NotNeededNote } from '../catalogue/NotNeededNote';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import { neededDocuments } from './answers';
import { NextButton } from './NextButton';
import { withDocument } from './record';
import type { OpenDossier } from './useDossier';

/** The papers to bring, from the procedure's dossier components: the person ticks what they have. */
export function DocumentsStep({ open, nextKey, change }: { open: OpenDossier; nextKey: string; change: (edit: (d: Dossier) => Dossier) => void }) {
  const { procedure, dossier, paperless } = open;
  const needed = new Set(neededDocuments(procedure, paperless, lawToday()));
  // The case the commune's paperless model covers, when not every dossier of the procedure is in it.
  const condition = catalogue.commune.badges.conditions[procedure.code]?.paperless;
  usePageTitle(t('draft.documents.title'));
  return (
    <form
      class="dossier-step"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(dossierPath(dossier.id, nextKey));
      }}
    >
      <h2 class="step-title">{t('draft.documents.title')}</h2>
      {paperless && (
        <p class="notice ok">
          {t('draft.documents.paperless')} {condition && <T value={condition} />}
        </p>
      )}
      <fieldset class="question">
        <legend class="question-label">{t('draft.documents.tick')}</legend>
        {procedure.components.map((component) => (
          <div key={component.name.vi} class="document">
            <label class="checkbox">
              <input
                type="checkbox"
                name="documents"
                value={component.name.vi}
                checked={dossier.documents.includes(component.name.vi)}
                onChange={(e) => change((d) => withDocument(d, component.name.vi, (e.currentTarget as HTMLInputElement).checked))}
              />
              <span>
                <T value={component.name} />
                {needed.has(component.name.vi) && <strong class="needed"> {t('draft.documents.needed')}</strong>}
              </span>
            </label>
            {component.when && (
              <p class="hint">
                {t('dossier.when')} <T value={component.when} />
              </p>
            )}
            {component.notNeeded && (
              <p class="hint">
                <NotNeededNote notNeeded={component.notNeeded} />
              </p>
            )}
          </div>
        ))}
      </fieldset>
      {procedure.present.length > 0 && (
        <>
          <h3>{t('dossier.present')}</h3>
          <ul>
            {procedure.present.map((p) => (
              <li key={p.name.vi}>
                <T value={p.name} />
                {p.notNeeded && <NotNeededNote notNeeded={p.notNeeded} />}
              </li>
            ))}
          </ul>
        </>
      )}
      <NextButton />
    </form>
  );
}

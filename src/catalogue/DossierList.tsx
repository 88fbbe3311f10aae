import { T, Unverified } from '../app/Text';
import { t } from '../i18n';
import type { Procedure } from '../schema/procedure';
import { NotNeededNote } from './NotNeededNote';

type Component = Procedure['components'][number];

function Counts({ c }: { c: Component }) {
  const parts = [
    c.originals ? t('dossier.originals', { count: c.originals }) : null,
    c.copies ? t('dossier.copies', { count: c.copies }) : null,
  ].filter(Boolean);
  if (c.originals === null && c.copies === null) return <span class="counts">{t('dossier.countUnknown')}</span>;
  return parts.length ? <span class="counts">{parts.join(', ')}</span> : null;
}

export function DossierList({ procedure }: { procedure: Procedure }) {
  return (
    <>
      <ol class="documents">
        {procedure.components.map((c, i) => (
          <li key={i}>
            <span class="doc-name">
              <T value={c.name} />
            </span>{' '}
            <Counts c={c} />
            {c.when && (
              <span class="when">
                <strong>{t('dossier.when')}</strong> <T value={c.when} />
              </span>
            )}
            {c.notNeeded && <NotNeededNote notNeeded={c.notNeeded} />}
            <Unverified value={c.unverified} />
          </li>
        ))}
      </ol>
      {procedure.present.length > 0 && (
        <>
          <h3>{t('dossier.present')}</h3>
          <ul>
            {procedure.present.map((p, i) => (
              <li key={i}>
                <T value={p.name} />
                {p.notNeeded && <NotNeededNote notNeeded={p.notNeeded} />}
                <Unverified value={p.unverified} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

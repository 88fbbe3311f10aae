/** The product contract's routes, parsed from a URL. Pure, so it is unit-tested and shared by every screen. */
export type Route =
  | { name: 'home'; query: string }
  | { name: 'procedure'; code: string }
  | { name: 'form'; formId: string }
  | { name: 'settings' }
  | { name: 'scan' }
  | { name: 'posters'; code: string | null }
  /** `paste`: arriving from an app's browser with a dossier on the clipboard (src/inapp): the paste box comes first. */
  | { name: 'drafts'; paste: boolean }
  | { name: 'dossierNew'; code: string | null; assisted: boolean }
  | { name: 'desk'; code: string | null; idle: boolean }
  | { name: 'dossier'; id: string; step: string | null; back: string | null }
  | { name: 'notFound'; path: string };

export function parseRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { name: 'home', query: new URLSearchParams(search).get('q') ?? '' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/scan') return { name: 'scan' };
  const query = new URLSearchParams(search);
  if (path === '/posters') return { name: 'posters', code: query.get('p') };
  if (path === '/drafts') return { name: 'drafts', paste: query.get('paste') === '1' };
  if (path === '/d/new') return { name: 'dossierNew', code: query.get('p'), assisted: query.get('by') === 'desk' };
  if (path === '/desk') return { name: 'desk', code: query.get('p'), idle: query.get('idle') === '1' };
  const segments = path
    .slice(1)
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  if (segments.length === 2 && segments[0] === 'p' && segments[1]) return { name: 'procedure', code: segments[1] };
  if (segments.length === 2 && segments[0] === 'forms' && segments[1]) return { name: 'form', formId: segments[1] };
  if (segments.length === 2 && segments[0] === 'd' && segments[1])
    return { name: 'dossier', id: segments[1], step: query.get('step'), back: query.get('back') };
  return { name: 'notFound', path };
}

export const sheetPath = (code: string) => `/p/${encodeURIComponent(code)}`;
export const formPath = (formId: string) => `/forms/${encodeURIComponent(formId)}`;

/** A dossier, at one of its steps; `back` is the step to return to after it (a change made from the check page). */
export function dossierPath(id: string, step?: string, back?: string): string {
  const query = new URLSearchParams();
  if (step) query.set('step', step);
  if (back) query.set('back', back);
  const search = query.toString();
  return `/d/${encodeURIComponent(id)}${search ? `?${search}` : ''}`;
}
/** `assisted`: started at the desk by staff for the citizen, on no-writing Monday. */
export const newDossierPath = (code: string, assisted = false) => `/d/new?p=${encodeURIComponent(code)}${assisted ? '&by=desk' : ''}`;
export const deskPath = (code?: string) => (code ? `/desk?p=${encodeURIComponent(code)}` : '/desk');

/** The product contract's routes, parsed from a URL. Pure, so it is unit-tested and shared by every screen. */
export type Route =
  | { name: 'home'; query: string }
  | { name: 'procedure'; code: string }
  | { name: 'form'; formId: string }
  | { name: 'settings' }
  | { name: 'scan' }
  | { name: 'posters'; code: string | null }
  | { name: 'notFound'; path: string };

export function parseRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { name: 'home', query: new URLSearchParams(search).get('q') ?? '' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/scan') return { name: 'scan' };
  if (path === '/posters') return { name: 'posters', code: new URLSearchParams(search).get('p') };
  const segments = path.slice(1).split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  if (segments.length === 2 && segments[0] === 'p' && segments[1]) return { name: 'procedure', code: segments[1] };
  if (segments.length === 2 && segments[0] === 'forms' && segments[1]) return { name: 'form', formId: segments[1] };
  return { name: 'notFound', path };
}

export const sheetPath = (code: string) => `/p/${encodeURIComponent(code)}`;
export const formPath = (formId: string) => `/forms/${encodeURIComponent(formId)}`;

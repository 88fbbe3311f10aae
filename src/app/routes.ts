/**
 * The product contract's routes: each one's address, the fields read from it, and how wide the page is. Pure, so it
 * is unit-tested and shared by every screen; which screen shows a route is App.tsx's, so that lazy screens stay lazy.
 */

/** `<main>`'s class: `wide` for paper (a form, the posters, a dossier's print view), `full` for the desk's big screen. */
export type Layout = 'wide' | 'full';

/** The fields a pattern's `:name` segments give its route. */
type Params<P extends string> = P extends `${string}/:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & Params<`/${Rest}`>
  : P extends `${string}/:${infer Name}`
    ? { [K in Name]: string }
    : unknown;

interface Entry<Fields> {
  path: string;
  fields: (params: Record<string, string>, query: URLSearchParams) => Fields;
  layout: (fields: Fields) => Layout | undefined;
}

/** A route at `path`, where a `:name` segment is any one segment; `read` takes the rest of its fields from the query. */
function route<P extends string, R extends object = object>(spec: {
  path: P;
  read?: (query: URLSearchParams) => R;
  layout?: Layout | ((fields: Params<P> & R) => Layout | undefined);
}): Entry<Params<P> & R> {
  const { path, read, layout } = spec;
  return {
    path,
    fields: (params, query) => ({ ...params, ...read?.(query) }) as Params<P> & R,
    layout: typeof layout === 'function' ? layout : () => layout,
  };
}

// Tried in this order: /d/new before /d/:id.
const ROUTES = {
  home: route({ path: '/', read: (query) => ({ query: query.get('q') ?? '' }) }),
  settings: route({ path: '/settings' }),
  scan: route({ path: '/scan' }),
  posters: route({ path: '/posters', read: (query) => ({ code: query.get('p') }), layout: 'wide' }),
  drafts: route({
    path: '/drafts',
    /** `paste`: arriving from an app's browser with a dossier on the clipboard (src/inapp): the paste box comes first. */
    read: (query) => ({ paste: query.get('paste') === '1' }),
  }),
  dossierNew: route({ path: '/d/new', read: (query) => ({ code: query.get('p'), assisted: query.get('by') === 'desk' }) }),
  desk: route({ path: '/desk', read: (query) => ({ code: query.get('p'), idle: query.get('idle') === '1' }), layout: 'full' }),
  procedure: route({ path: '/p/:code' }),
  form: route({ path: '/forms/:formId', layout: 'wide' }),
  dossier: route({
    path: '/d/:id',
    read: (query) => ({ step: query.get('step'), back: query.get('back') }),
    layout: ({ step }) => (step === 'print' ? 'wide' : undefined),
  }),
};
type Table = typeof ROUTES;
/** A route as one object type, the way the contract writes it, rather than an intersection of its parts. */
type Flat<T> = { [K in keyof T]: T[K] };

export type Route = { [N in keyof Table]: Flat<{ name: N } & ReturnType<Table[N]['fields']>> }[keyof Table] | { name: 'notFound'; path: string };

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

function match(pattern: string, path: string, segments: string[]): Record<string, string> | null {
  // A fixed address is compared as sent; a pattern's segments are compared decoded, since a parameter may hold any character.
  if (!pattern.includes('/:')) return pattern === path ? {} : null;
  const parts = pattern.slice(1).split('/');
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i]!;
    if (part.startsWith(':') && segment) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

export function parseRoute(pathname: string, search = ''): Route {
  // A host may serve the catalogue as /index.html.
  const path = pathname.replace(/\/+$/, '').replace(/^\/index\.html$/, '') || '/';
  const segments = path.slice(1).split('/').map(decode);
  const query = new URLSearchParams(search);
  for (const [name, entry] of Object.entries(ROUTES)) {
    const params = match(entry.path, path, segments);
    if (params) return { name, ...entry.fields(params, query) } as Route;
  }
  return { name: 'notFound', path };
}

export function routeLayout(route: Route): Layout | undefined {
  if (route.name === 'notFound') return undefined;
  // Looked up by name, an entry's type is every entry's: TypeScript cannot pair it with this route's fields.
  return (ROUTES[route.name].layout as (fields: Route) => Layout | undefined)(route);
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

import { describe, expect, it } from 'vitest';
import { deskPath, dossierPath, formPath, newDossierPath, parseRoute, routeLayout, sheetPath } from './routes';

describe('parseRoute', () => {
  it('reads the contract routes', () => {
    expect(parseRoute('/')).toEqual({ name: 'home', query: '' });
    expect(parseRoute('/', '?q=ket%20hon')).toEqual({ name: 'home', query: 'ket hon' });
    expect(parseRoute('/index.html')).toEqual({ name: 'home', query: '' });
    expect(parseRoute('/p/1.001193')).toEqual({ name: 'procedure', code: '1.001193' });
    expect(parseRoute('/p/1.001193/')).toEqual({ name: 'procedure', code: '1.001193' });
    expect(parseRoute('/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('/scan')).toEqual({ name: 'scan' });
    expect(parseRoute('/posters')).toEqual({ name: 'posters', code: null });
    expect(parseRoute('/posters', '?p=1.001193')).toEqual({ name: 'posters', code: '1.001193' });
    expect(parseRoute('/forms/to-khai-dang-ky-khai-sinh')).toEqual({ name: 'form', formId: 'to-khai-dang-ky-khai-sinh' });
    expect(parseRoute('/drafts')).toEqual({ name: 'drafts', paste: false });
    expect(parseRoute('/drafts', '?paste=1')).toEqual({ name: 'drafts', paste: true });
    expect(parseRoute('/d/new', '?p=1.001193')).toEqual({ name: 'dossierNew', code: '1.001193', assisted: false });
    expect(parseRoute('/d/new', '?p=1.001193&by=desk')).toEqual({ name: 'dossierNew', code: '1.001193', assisted: true });
    expect(parseRoute('/d/new')).toEqual({ name: 'dossierNew', code: null, assisted: false });
    expect(parseRoute('/desk')).toEqual({ name: 'desk', code: null, idle: false });
    expect(parseRoute('/desk', '?p=1.000894')).toEqual({ name: 'desk', code: '1.000894', idle: false });
    expect(parseRoute('/desk', '?idle=1')).toEqual({ name: 'desk', code: null, idle: true });
    expect(parseRoute('/d/k3j9x2m1q8')).toEqual({ name: 'dossier', id: 'k3j9x2m1q8', step: null, back: null });
    expect(parseRoute('/d/k3j9x2m1q8', '?step=check')).toEqual({ name: 'dossier', id: 'k3j9x2m1q8', step: 'check', back: null });
  });
  it('sends anything else to not-found, including malformed escapes', () => {
    expect(parseRoute('/p')).toEqual({ name: 'notFound', path: '/p' });
    expect(parseRoute('/p/a/b').name).toBe('notFound');
    expect(parseRoute('/p/%E0%A4%A').name).toBe('procedure');
  });
  it('builds paths that parse back', () => {
    expect(parseRoute(sheetPath('1.001193'))).toEqual({ name: 'procedure', code: '1.001193' });
    expect(parseRoute(formPath('a-b'))).toEqual({ name: 'form', formId: 'a-b' });
    const [path, search] = dossierPath('abc12345', '1-child-1', 'check').split('?');
    expect(parseRoute(path!, `?${search}`)).toEqual({ name: 'dossier', id: 'abc12345', step: '1-child-1', back: 'check' });
    expect(dossierPath('abc12345')).toBe('/d/abc12345');
    const [newPath, newSearch] = newDossierPath('1.001193').split('?');
    expect(parseRoute(newPath!, `?${newSearch}`)).toEqual({ name: 'dossierNew', code: '1.001193', assisted: false });
    const [assistPath, assistSearch] = newDossierPath('1.001193', true).split('?');
    expect(parseRoute(assistPath!, `?${assistSearch}`)).toMatchObject({ assisted: true });
    expect(parseRoute(deskPath())).toEqual({ name: 'desk', code: null, idle: false });
    const [deskAt, deskSearch] = deskPath('1.000894').split('?');
    expect(parseRoute(deskAt!, `?${deskSearch}`)).toEqual({ name: 'desk', code: '1.000894', idle: false });
  });
  it('lays paper out wide and the desk full-screen', () => {
    expect(routeLayout(parseRoute('/forms/a-b'))).toBe('wide');
    expect(routeLayout(parseRoute('/posters'))).toBe('wide');
    expect(routeLayout(parseRoute('/d/abc12345', '?step=print'))).toBe('wide');
    expect(routeLayout(parseRoute('/d/abc12345', '?step=check'))).toBeUndefined();
    expect(routeLayout(parseRoute('/desk'))).toBe('full');
    expect(routeLayout(parseRoute('/'))).toBeUndefined();
    expect(routeLayout(parseRoute('/nowhere'))).toBeUndefined();
  });
});

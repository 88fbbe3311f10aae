import { describe, expect, it } from 'vitest';
import { formPath, parseRoute, sheetPath } from './routes';

describe('parseRoute', () => {
  it('reads the contract routes', () => {
    expect(parseRoute('/')).toEqual({ name: 'home', query: '' });
    expect(parseRoute('/', '?q=ket%20hon')).toEqual({ name: 'home', query: 'ket hon' });
    expect(parseRoute('/p/1.001193')).toEqual({ name: 'procedure', code: '1.001193' });
    expect(parseRoute('/p/1.001193/')).toEqual({ name: 'procedure', code: '1.001193' });
    expect(parseRoute('/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('/scan')).toEqual({ name: 'scan' });
    expect(parseRoute('/posters')).toEqual({ name: 'posters', code: null });
    expect(parseRoute('/posters', '?p=1.001193')).toEqual({ name: 'posters', code: '1.001193' });
    expect(parseRoute('/forms/to-khai-dang-ky-khai-sinh')).toEqual({ name: 'form', formId: 'to-khai-dang-ky-khai-sinh' });
  });
  it('sends anything else to not-found, including malformed escapes', () => {
    expect(parseRoute('/p')).toEqual({ name: 'notFound', path: '/p' });
    expect(parseRoute('/p/a/b').name).toBe('notFound');
    expect(parseRoute('/p/%E0%A4%A').name).toBe('procedure');
  });
  it('builds paths that parse back', () => {
    expect(parseRoute(sheetPath('1.001193'))).toEqual({ name: 'procedure', code: '1.001193' });
    expect(parseRoute(formPath('a-b'))).toEqual({ name: 'form', formId: 'a-b' });
  });
});

import { describe, expect, it } from 'vitest';
import { storingOrder } from './storingOrder';

describe('the order the app is stored in', () => {
  const files = [
    ['/shell.html', '/shell.html?__WB_REVISION__=1'],
    ['/data/forms/a.1.json', '/data/forms/a.1.json'],
    ['/data/p/1.000001.2.json', '/data/p/1.000001.2.json'],
    ['/data/forms/b.3.json', '/data/forms/b.3.json'],
    ['/assets/useCamera-4.js', '/assets/useCamera-4.js'],
  ] as const;

  it('puts the files asked for first, in the order asked, and keeps the rest in the build’s order', () => {
    expect(storingOrder(files, ['/data/p/1.000001.2.json', '/data/forms/b.3.json']).map(([url]) => url)).toEqual([
      '/data/p/1.000001.2.json',
      '/data/forms/b.3.json',
      '/shell.html',
      '/data/forms/a.1.json',
      '/assets/useCamera-4.js',
    ]);
  });

  it('ignores what the build does not store, and keeps every file once', () => {
    expect(storingOrder(files, ['/data/p/9.999999.json'])).toEqual(files);
    expect(storingOrder(files, [])).toEqual(files);
  });
});

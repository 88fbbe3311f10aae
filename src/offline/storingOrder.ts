/**
 * The order the page stores the app in for offline use: what the person is looking at first (the sheet they opened
 * and its forms), then the rest in the build's order (smallest first, the scanner last: vite.config.ts). Pure.
 */
export function storingOrder<T extends readonly [url: string, cacheKey: string]>(files: readonly T[], first: readonly string[]): T[] {
  const rank = new Map(first.map((url, i) => [url, i]));
  const wanted = files.filter(([url]) => rank.has(url)).sort(([a], [b]) => rank.get(a)! - rank.get(b)!);
  return [...wanted, ...files.filter(([url]) => !rank.has(url))];
}

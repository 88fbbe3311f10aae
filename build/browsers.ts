/**
 * The oldest browsers Một Cửa supports: the one list the build's target, the build test and the README follow. The
 * phones of 2020 still in use: Chrome and Android's WebView 80 (February 2020; Zalo's, Facebook's and the other
 * in-app browsers on Android are the WebView), Safari 13.1 (iOS and iPadOS 13.4, March 2020), Firefox 78 (ESR,
 * June 2020).
 */
export const BROWSERS = [
  { name: 'Chrome and Android WebView', version: '80', target: 'chrome80' },
  { name: 'Safari on iPhone and iPad', version: '13.1', target: 'safari13.1' },
  { name: 'Firefox', version: '78', target: 'firefox78' },
] as const;

export const BUILD_TARGET = BROWSERS.map((b) => b.target);

/** All of them parse ES2020 (optional chaining and ?? arrived in Chrome 80 and Safari 13.1), and no later syntax. */
export const SYNTAX_YEAR = 2020;

/**
 * Built-ins that came after those versions, as the shipped code would call them: none may be called without a
 * fallback (the build does not add polyfills).
 */
export const NEWER_BUILT_INS = [
  { call: '.replaceChildren(', since: 'Chrome 86, Safari 14' },
  { call: '.at(', since: 'Chrome 92, Safari 15.4' },
  { call: 'structuredClone(', since: 'Chrome 98, Safari 15.4' },
  { call: 'Object.hasOwn(', since: 'Chrome 93, Safari 15.4' },
  { call: '.replaceAll(', since: 'Chrome 85' },
  { call: 'Promise.any(', since: 'Chrome 85, Safari 14' },
  { call: '.findLast(', since: 'Chrome 97, Safari 15.4' },
  { call: '.findLastIndex(', since: 'Chrome 97, Safari 15.4' },
  { call: '.toSorted(', since: 'Chrome 110, Safari 16' },
  { call: '.randomUUID(', since: 'Chrome 92, Safari 15.4' },
  { call: 'AbortSignal.timeout(', since: 'Chrome 103, Safari 16' },
  { call: 'Object.groupBy(', since: 'Chrome 117, Safari 17.4' },
  { call: 'new WeakRef(', since: 'Chrome 84, Safari 14.1' },
] as const;

/**
 * Which in-app browser a page runs in, if any: the app, the platform, and what is known not to work there. Pure, over
 * the user agent and a few feature tests, so every case is unit-tested with real user-agent strings.
 *
 * An app that opens links itself (Zalo, Facebook, Messenger, Instagram, TikTok, LINE) shows the page in its own
 * WebView: the page's storage belongs to the app and is not the phone browser's, the app may clear it, and the page
 * cannot be installed. Such apps name themselves in the user agent; any other Android WebView carries `; wv)`.
 */
export type InAppName = 'zalo' | 'facebook' | 'messenger' | 'instagram' | 'tiktok' | 'line' | 'other';
export type Platform = 'android' | 'ios' | 'other';

export interface BrowserFacts {
  userAgent: string;
  /** Running as an installed app (display-mode standalone, or iOS's navigator.standalone). */
  standalone: boolean;
  /** navigator.maxTouchPoints: an iPad asking for desktop sites says "Macintosh", but has a touch screen. */
  touchPoints: number;
  /** navigator.mediaDevices.getUserMedia exists. */
  camera: boolean;
  /** navigator.serviceWorker exists. */
  serviceWorker: boolean;
}

export interface InApp {
  app: InAppName;
  platform: Platform;
  /** `missing`: the page has no camera API at all; `mayBeBlocked`: it has one, but apps often do not pass the permission on. */
  camera: 'missing' | 'mayBeBlocked';
  /** `none`: no service worker, so nothing works without a network; `mayBeCleared`: it may work until the app clears its data. */
  offline: 'none' | 'mayBeCleared';
}

/** In order: Messenger's user agent carries Facebook's tokens too, and Instagram's sometimes does. */
const APPS: readonly (readonly [InAppName, RegExp])[] = [
  ['zalo', /\bZalo (?:android|iOS)\//i],
  ['messenger', /MessengerForiOS|Orca-Android|FB_IAB\/MESSENGER/i],
  ['instagram', /\bInstagram \d/],
  ['facebook', /\bFBAN\/|\bFBAV\/|\bFB_IAB\/|\bFBIOS\b/],
  ['tiktok', /\bmusical_ly|\btrill_\d|\bBytedanceWebview\/|\bTikTok\b/],
  ['line', /\bLine\/\d/],
];
/** Android's WebView, per Chrome's user-agent documentation: `; wv)` after the build. */
const ANDROID_WEBVIEW = /; wv\)/;

function platformOf(userAgent: string, touchPoints: number): Platform {
  if (/\bAndroid\b/.test(userAgent)) return 'android';
  if (/\biP(?:hone|ad|od)\b/.test(userAgent) || (/\bMacintosh\b/.test(userAgent) && touchPoints > 1)) return 'ios';
  return 'other';
}

/** Null in a real browser (Chrome, Safari, Samsung Internet, Firefox…) and in the installed app. */
export function detectInApp(facts: BrowserFacts): InApp | null {
  if (facts.standalone) return null;
  const platform = platformOf(facts.userAgent, facts.touchPoints);
  const named = APPS.find(([, pattern]) => pattern.test(facts.userAgent))?.[0];
  const app = named ?? (platform === 'android' && ANDROID_WEBVIEW.test(facts.userAgent) ? 'other' : null);
  if (!app) return null;
  return { app, platform, camera: facts.camera ? 'mayBeBlocked' : 'missing', offline: facts.serviceWorker ? 'mayBeCleared' : 'none' };
}

/** The in-app browser this page runs in, read once at start-up from the real navigator (detect.ts decides). */
import { detectInApp, type InApp } from './detect';

/** Running as the installed app. */
export const standalone = (): boolean =>
  typeof matchMedia === 'function' &&
  (matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true);

/** Null in a real browser, in the installed app, and in the build's prerender (every prerendered page is the same). */
export const inApp: InApp | null =
  typeof navigator === 'undefined' || typeof document === 'undefined'
    ? null
    : detectInApp({
        userAgent: navigator.userAgent,
        standalone: standalone(),
        touchPoints: navigator.maxTouchPoints ?? 0,
        camera: typeof navigator.mediaDevices?.getUserMedia === 'function',
        serviceWorker: 'serviceWorker' in navigator,
      });

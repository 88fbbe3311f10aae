import { createStore } from '../app/store';

/** What the app knows about working without a network, for the notices and the settings screen. */
export interface OfflineStatus {
  /** The browser believes it has a network. */
  online: boolean;
  /** A complete version of the app is stored on this device (its service worker is active). */
  ready: boolean;
  /** Everything was stored for the first time during this visit: say so once. */
  justReady: boolean;
  /** A new version is stored and waits for the person's agreement. */
  updateWaiting: boolean;
  /** Files stored so far of all the first install needs, as the page stores them for the worker (storeForWorker.ts). */
  storing: { stored: number; of: number } | null;
  /** Storing the app failed; the reason decides the words. */
  storeFailed: 'storage' | 'network' | null;
  /** This browser cannot work offline (no service workers, e.g. a private window in some browsers). */
  unsupported: boolean;
  /** A link that needs the network was tapped while offline. */
  needsNetwork: boolean;
  /** The sheet and form files the waiting version holds (CorrectedNotice compares them with this version's). */
  waitingDataFiles: string[];
}

export const offlineStatus = createStore<OfflineStatus>({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  ready: false,
  justReady: false,
  updateWaiting: false,
  storing: null,
  storeFailed: null,
  unsupported: false,
  needsNetwork: false,
  waitingDataFiles: [],
});

/** register.ts (and workbox-window with it) is already loaded when an update waits; a static import would put it on the first screen. */
export const applyUpdate = () => void import('./register').then((m) => m.applyUpdate());

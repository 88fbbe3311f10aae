/**
 * Installing the app to the home screen. Chromium offers `beforeinstallprompt` once, early, so this module is
 * imported at start-up to catch it; iOS Safari has no prompt, so we show its Add-to-Home-Screen steps instead. An app's
 * own browser (Zalo, Facebook…) cannot install anything: nothing is offered there.
 */
import { createStore } from '../app/store';
import { inApp, standalone } from '../inapp/here';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallState {
  /** The browser will show its install dialog when asked. */
  canPrompt: boolean;
  /** Safari on iPhone or iPad, which installs only through Share → Add to Home Screen. */
  iosSteps: boolean;
  /** Running as the installed app. */
  installed: boolean;
}

let deferred: InstallPromptEvent | null = null;

const isIosSafari = () => !inApp && /iPad|iPhone|iPod/.test(navigator.userAgent) && !/CriOS|FxiOS|EdgiOS/.test(navigator.userAgent);

export const installState = createStore<InstallState>({
  canPrompt: false,
  iosSteps: isIosSafari() && !standalone(),
  installed: standalone(),
});

addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  if (inApp) return;
  deferred = event as InstallPromptEvent;
  installState.set({ canPrompt: true });
});
addEventListener('appinstalled', () => {
  deferred = null;
  installState.set({ canPrompt: false, installed: true });
});

export async function promptInstall(): Promise<void> {
  if (!deferred) return;
  const event = deferred;
  deferred = null;
  installState.set({ canPrompt: false });
  await event.prompt();
  await event.userChoice;
}

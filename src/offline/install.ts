import { isIPad } from './device';
import { observable } from './observable';

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The browser's own install offer, kept until a volunteer taps "Install". */
export const installOffer = observable<InstallPromptEvent | null>(null);

export function listenForInstallOffer(): void {
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installOffer.set(event as InstallPromptEvent);
  });
  addEventListener('appinstalled', () => installOffer.set(null));
}

export async function install(): Promise<boolean> {
  const offer = installOffer.get();
  if (!offer) return false;
  await offer.prompt();
  const { outcome } = await offer.userChoice;
  installOffer.set(null);
  return outcome === 'accepted';
}

/** Already opened from the home screen. */
export const isInstalled = (): boolean =>
  (typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches) ||
  (navigator as { standalone?: boolean }).standalone === true;

/**
 * Safari may delete what this iPad keeps (learners' progress not yet on the server) after 7 days
 * without use, unless Hubsteps was opened from the Home Screen.
 */
export const mayDeleteProgress = (): boolean => isIPad(navigator) && !isInstalled();

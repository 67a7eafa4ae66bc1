import { render } from 'preact';
import { App, preloadFor } from './app/App';
import { startHubSyncSoon } from './app/hub-sync';
import { parseRoute } from './app/route';
import { startI18n } from './i18n/i18n';
import { listenForInstallOffer } from './offline/install';
import './app/app.css';
import './app/scripts.css';

// The browser may offer to install at any moment; keep the offer for the settings screen.
listenForInstallOffer();

const root = document.getElementById('app');
if (root) {
  void preloadFor(parseRoute(location.hash), startI18n()).then(() => {
    render(<App />, root);
    // Offline support waits until the first screen is up and the tablet is idle, so it never slows the start.
    const later = (run: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 1000);
    later(() => void import('./offline/sw-bridge').then((bridge) => bridge.startOffline()));
    // The sync with the hub starts once the app is in use: the learner's progress is safe on the tablet meanwhile.
    startHubSyncSoon();
  });
}

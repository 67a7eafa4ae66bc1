import { render } from 'preact';
import { App, preloadFor } from './app/App';
import { parseRoute } from './app/route';
import { startI18n } from './i18n/i18n';
import { listenForInstallOffer } from './offline/install';
import './app/app.css';
import './app/scripts.css';
// The practice kit's styles come with the first screen: the lesson player is the screen a
// tablet most often starts on, and as a file of its own they would load only after its code,
// one more step before the step shows (interleaved A/B of offline cold starts at 4×: median
// 592 → 569 ms, faster in 16 of 25), for 1 KB more gzip at first load.
import './practice/practice.css';

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
  });
}

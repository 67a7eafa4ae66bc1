import { render } from 'preact';
import { App } from './app/App';
import { startI18n } from './i18n/i18n';
import { listenForInstallOffer } from './offline/install';
import './app/app.css';

// The browser may offer to install at any moment; keep the offer for the settings screen.
listenForInstallOffer();

const root = document.getElementById('app');
if (root) {
  void startI18n().then(() => {
    render(<App />, root);
    // Offline support loads after the first screen, so it never slows the start.
    void import('./offline/sw-bridge').then((bridge) => bridge.startOffline());
  });
}

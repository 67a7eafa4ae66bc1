import { type Browser, chromium } from 'playwright-core';

/** Flags that let Debian's Chromium run headless here with no outside network. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Each new window otherwise loads the address bar's pop-up, a page of its own (600 to 900 ms of a
  // 2-core machine's time), right when a test or a benchmark opens Hubsteps in it. Hubsteps,
  // installed on a tablet, never shows an address bar.
  // RenderDocument (Chromium 150 gives each navigation a new document host): DevTools' offline
  // switch, the tests' only way to take a tablet off the network, does not reach such a document,
  // so a page its service worker served with the connection off said navigator.onLine was true
  // and showed no "No internet" notice. A tablet really off the network says false either way.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,RenderDocument',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
}

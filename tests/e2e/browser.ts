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
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
}

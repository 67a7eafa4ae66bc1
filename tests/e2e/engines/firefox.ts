import puppeteer, { type Page } from 'puppeteer-core';
import type { EngineDriver } from './driver';

/** Gecko: Debian's Firefox ESR, headless, driven over WebDriver BiDi. */
export async function launchFirefox(): Promise<EngineDriver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  let page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    name: 'Firefox',
    goto: (url) => page.goto(url).then(() => undefined),
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    freshTab: async () => {
      const fresh = await browser.newPage();
      for (const p of await browser.pages()) if (p !== fresh) await p.close();
      page = fresh;
    },
    quit: () => browser.close(),
  };
}

import type { Page } from 'playwright-core';

/** How far the page scrolls sideways, once the layout has settled. */
export const sideways = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => done(document.documentElement.scrollWidth - window.innerWidth)),
      ),
  );

/** Doubles the text size, as a browser's text setting does (a constructed sheet: the CSP refuses a <style>). */
export const textSize = (page: Page, percent: 100 | 200) =>
  page.evaluate((p) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`html { font-size: ${p}% !important; }`);
    document.adoptedStyleSheets = p === 100 ? [] : [sheet];
  }, percent);

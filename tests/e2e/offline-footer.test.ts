import { describe, expect, it } from 'vitest';
import { words } from '../content';
import { newLearner, signOutLearner } from './learner-in-browser';
import { waitUntilReadyOffline } from './offline-helpers';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();

describe('the offline footer, in Chromium', () => {
  it('on a cold start with no connection says nothing until it knows, then that the tablet is ready', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const first = await context.newPage();
    await first.goto(app.server.url);
    await newLearner(first, 'Sam');
    await waitUntilReadyOffline(first);
    await signOutLearner(first, 'Sam');
    await context.setOffline(true);
    await first.close();

    const page = await context.newPage();
    // Every text the footer ever has, from the first one drawn.
    await page.addInitScript(() => {
      const seen = new Set<string>();
      Reflect.set(window, 'footerTexts', seen);
      new MutationObserver(() => {
        const footer = document.querySelector('footer');
        if (footer) seen.add(footer.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(app.server.url);
    await page.getByText(words('ui', 'offline.notice')).waitFor();
    await waitUntilReadyOffline(page);

    const texts = await page.evaluate(() => [...(Reflect.get(window, 'footerTexts') as Set<string>)]);
    expect(texts.length).toBeGreaterThan(0);
    // Never "not ready", nor "getting ready" with some percentage, on a tablet that has everything.
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const gettingReady = new RegExp(
      escaped(words('ui', 'offline.getting-ready', { percent: 12345 })).replace('12345', '\\d+'),
    );
    expect(texts.filter((text) => text.includes(words('ui', 'offline.not-ready')) || gettingReady.test(text))).toEqual(
      [],
    );
    await context.close();
  });
});

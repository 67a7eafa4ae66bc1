import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { words } from '../../content';
import { LANGUAGE_BUTTONS, languageButtons } from '../language-choice';
import { DIST } from '../serve';
import { type StaticServer, startStaticServer } from '../static-server';
import { coldOfflineJourney } from './cold-offline-journey';
import type { EngineDriver } from './driver';
import { headingIs, until } from './engine-steps';
import { twoLearnersJourney } from './two-learners-journey';

/**
 * What every engine a tablet may have must do, in one engine: its own file each (webkit.test.ts,
 * firefox.test.ts), so the two run side by side.
 */
export function journeysIn(name: string, launch: () => Promise<EngineDriver>): void {
  describe(`offline in ${name}`, () => {
    let driver: EngineDriver;
    let server: StaticServer;
    beforeAll(async () => {
      [driver, server] = await Promise.all([launch(), startStaticServer(DIST)]);
    }, 60_000);
    afterAll(async () => {
      await driver?.quit();
      await server?.close();
    });

    it('a new tablet names each language as Chromium does; two learners each carry on at their own step after a reload', async () => {
      // The same names as languages.test.ts reads in Chromium: Hubsteps' own, not the browser's.
      await driver.goto(server.url);
      await until(driver, 'the language choice', headingIs, words('ui', 'language.title'));
      expect(await driver.evaluate(languageButtons)).toEqual(LANGUAGE_BUTTONS);
      await twoLearnersJourney(driver, server.url);
    }, 120_000);

    it('after one visit online, everything works from a cold start with no connection', async () => {
      expect(await coldOfflineJourney(driver, server)).toEqual([]);
    }, 240_000);
  });
}

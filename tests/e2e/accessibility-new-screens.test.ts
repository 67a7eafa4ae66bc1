import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { screens as practiceScreens } from '../../src/practice/screens';
import { words } from '../content';
import { sideways, textSize } from './accessibility-checks';
import { axeViolations } from './axe';
import { newLearner } from './learner-in-browser';
import { screenSettled } from './screen-settled';
import { useStaticAppInChromium } from './static-app';

const app = useStaticAppInChromium();

/**
 * Practice screens added for later lessons, by lesson and the prefixes of their screen ids: each
 * is checked where its lesson first shows it, all on one learner's tablet (a fresh one each takes seconds).
 */
const NEW_SCREENS: [lessonId: string, prefixes: string[]][] = [
  ['ask-gp-online', ['consult-', 'messages-']],
  // Whole ids: the other nhs- and login- screens belong to other lessons.
  ['log-in-each-time', ['nhs-access', 'nhs-biometrics', 'nhs-profile', 'login-enter-password', 'login-reset-password']],
  ['stay-safe', ['sms-inbox-scam', 'sms-scam-', 'email-inbox-scam', 'email-scam-']],
  ['nhs-111', ['111-', 'nhs-home-support']],
  [
    'proxy-access',
    ['nhs-home-linked', 'nhs-linked-', 'nhs-home-acting', 'nhs-prescriptions-acting', 'nhs-switch-back'],
  ],
  ['health-record', ['nhs-home-your-health', 'your-health', 'gp-']],
  ['video-appointment', ['sms-inbox-video', 'sms-video-', 'video-']],
  ['wifi-and-nhs-app', ['settings-', 'store-']],
];

/** The steps that first show each of a lesson's screens whose id starts with one of the prefixes. */
function stepsShowingScreens(lessonId: string, prefixes: string[]): { n: number; screen: string; title: string }[] {
  const seen = new Set<string>();
  const found: { n: number; screen: string; title: string }[] = [];
  for (const [i, s] of (lessonById(lessonId)?.steps ?? []).entries()) {
    const screen = s.type === 'practice' || s.type === 'explain' ? s.screen : undefined;
    if (!screen || seen.has(screen) || !prefixes.some((p) => screen.startsWith(p))) continue;
    seen.add(screen);
    found.push({ n: i + 1, screen, title: words(lessonId, `steps.${s.id}.title`) });
  }
  return found;
}

let shared: Page | undefined;
/** One learner's tablet for every lesson here: each case only opens steps by their address. */
async function learnerTablet(): Promise<Page> {
  if (!shared) {
    shared = await app.onlineTablet({ viewport: { width: 820, height: 1000 } });
    await shared.goto(app.server.url);
    await newLearner(shared, 'Sam');
  }
  return shared;
}
afterAll(() => shared?.close());

describe('accessibility of the practice screens added for later lessons, in Chromium', () => {
  it.each(NEW_SCREENS)(
    'axe-core finds nothing on every new practice screen of %s: 320 and 1280 px wide, and text twice its size',
    async (lessonId, prefixes) => {
      const steps = stepsShowingScreens(lessonId, prefixes);
      // Every screen of the kit with these prefixes is shown by the lesson, so none goes unchecked.
      const kit = Object.keys(practiceScreens).filter((id) => prefixes.some((p) => id.startsWith(p)));
      expect(steps.map((s) => s.screen).sort()).toEqual(kit.sort());
      const page = await learnerTablet();
      const found: string[] = [];
      for (const { n, screen, title } of steps) {
        await page.setViewportSize({ width: 820, height: 1000 });
        await page.evaluate((hash) => {
          location.hash = hash;
        }, `#/lesson/${lessonId}/${n}`);
        await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
        await screenSettled(page);
        for (const [width, percent] of [
          [320, 100],
          [1280, 100],
          [820, 200],
        ] as const) {
          await page.setViewportSize({ width, height: 1000 });
          await textSize(page, percent);
          const at = `${screen} at ${width} px, ${percent} % text`;
          // The whole step once; at the other sizes the practice screen, which is what is new.
          for (const v of await axeViolations(page, width === 1280 ? undefined : '.practice'))
            found.push(`${at}: ${v}`);
          const overflow = await sideways(page);
          if (overflow !== 0) found.push(`${at}: scrolls sideways by ${overflow} px`);
        }
        await textSize(page, 100);
      }
      expect(found).toEqual([]);
    },
  );
});

import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_KEY } from '../../src/app/session';
import type { LearnerProfile } from '../../src/core/learner';
import { lessonById } from '../../src/lessons';
import { DB_NAME } from '../../src/store/schema';
import { words } from '../content';
import { screenStyles } from './computed-styles';
import { hello, newLearner, signOutLearner, VOLUNTEER_PIN } from './learner-in-browser';
import { exact } from './lesson-in-browser';
import { waitUntilReadyOffline } from './offline-helpers';
import { useStaticAppInChromium } from './static-app';

/**
 * Each screen's styles come with its own code or with the shell, never with another screen's:
 * a screen opened first in a fresh tab looks exactly as it does after every other screen has
 * been visited in that tab.
 */

const app = useStaticAppInChromium();
const LESSON = 'book-gp-appointment';
/** The lesson's first practice step: the lesson player and the practice screen with it. */
const practiceIndex = lessonById(LESSON)?.steps.findIndex((s) => s.type === 'practice') ?? -1;
const practiceStep = lessonById(LESSON)?.steps[practiceIndex];
if (!practiceStep) throw new Error(`${LESSON} has no practice step`);
const PRACTICE_HASH = `#/lesson/${LESSON}/${practiceIndex + 1}`;
const PRACTICE_TITLE = words(LESSON, `steps.${practiceStep.id}.title`);
const PRIYA_PIN = '2468';

/** Who the screen is for: nobody signed in, or Sam (a learner without a lock). */
type Who = 'nobody' | 'Sam';

interface Screen {
  name: string;
  who: Who;
  hash: string;
  /** What shows once the screen is drawn. */
  shown: (page: Page) => Locator;
  /** Waits for what the screen fills in a moment later (whether the tablet is ready offline, say). */
  settled?: (page: Page) => Promise<void>;
  /** Puts the screen in the state to compare (an error shown, say). */
  inState?: (page: Page) => Promise<void>;
  /** Leaves that state without a trace, so that wrong tries never add up to a lock-out. */
  leave?: (page: Page) => Promise<void>;
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function typePin(page: Page, pad: string, pin: string): Promise<void> {
  const group = page.getByRole('group', exact(words('ui', pad)));
  for (const digit of pin) await group.getByRole('button', exact(digit)).click();
}

/** Whether an element's words are in the app's error red (--red), as the GOV.UK error pattern has them. */
const inErrorRed = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--red)';
    document.body.append(probe);
    const red = getComputedStyle(probe).color;
    probe.remove();
    return getComputedStyle(el).color === red && getComputedStyle(el).color !== getComputedStyle(document.body).color;
  });

/**
 * Types a PIN that is not the one asked for and waits for the error, in red at the pad and as a
 * link in the summary above: the red every visit must show, the first one included.
 */
async function wrongPin(page: Page, pad: string, pin: string, message: string): Promise<void> {
  await typePin(page, pad, pin);
  const summaryLink = page.getByRole('link', exact(words('ui', message)));
  await summaryLink.waitFor();
  expect(await inErrorRed(summaryLink)).toBe(true);
  const atThePad = page.getByRole('group').getByText(words('ui', message));
  expect(await inErrorRed(atThePad)).toBe(true);
}

/** The footer's word on offline use, once the tablet has checked (it is ready: the tests wait for it first). */
const readyOffline = (page: Page) => page.getByText(words('ui', 'offline.ready'), { exact: true }).waitFor();

/**
 * Home, once the tablet is ready offline and says where the learner's progress is kept: that
 * line comes with the sync client, which a tablet outside any hub loads at its first touch
 * (a key press here, which does nothing else on this screen).
 */
async function homeSettled(page: Page): Promise<void> {
  await readyOffline(page);
  await page.keyboard.press('Shift');
  await page.getByText(words('ui', 'hub.only-here'), { exact: true }).waitFor();
}

/** A settings section, found by its heading. */
const section = (page: Page, title: string) => page.getByRole('region', exact(words('volunteer', title)));

/**
 * Settings, with everything it reads from the tablet drawn: the hub's set-up form, the learners,
 * the list of packs (all its rows come at once) and the storage figures. Each is waited for by
 * what only it shows: "on this tablet" alone is in several headings drawn before any of them.
 */
async function settingsDrawn(page: Page): Promise<void> {
  await readyOffline(page);
  await section(page, 'hub-setup.title')
    .getByRole('textbox', exact(words('volunteer', 'hub-setup.code')))
    .waitFor();
  await section(page, 'learners.title').getByText('Sam', { exact: true }).waitFor();
  await section(page, 'packs.title').getByRole('listitem').first().waitFor();
  await page.getByText(words('volunteer', 'storage-info.used'), { exact: true }).waitFor();
}

/** The tablet's learners, by nickname, as stored on it. */
const learnerIds = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(
    (name) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('learners').objectStore('learners').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(Object.fromEntries((req.result as LearnerProfile[]).map((l) => [l.nickname, l.id])));
          };
        };
      }),
    DB_NAME,
  );

/** A learner with a PIN, made on "New learner" as a person would, then signed out. */
async function newLearnerWithPin(page: Page, nickname: string): Promise<void> {
  await page.goto(`${app.server.url}#/new`);
  await page.getByRole('textbox', exact(words('ui', 'new.nickname'))).fill(nickname);
  await page.getByRole('radio', exact(words('ui', 'avatars.avatar-fish'))).check();
  await page.getByRole('radio', exact(words('ui', 'new.lock-pin'))).check();
  await typePin(page, 'new.pin-choose', PRIYA_PIN);
  await typePin(page, 'new.pin-confirm', PRIYA_PIN);
  await page.getByRole('button', exact(words('ui', 'new.save'))).click();
  await page.getByRole('link', exact(words('ui', 'card.start'))).click();
  await signOutLearner(page, nickname);
}

/**
 * Goes to a screen by its address within the page, as a link would: never a reload, which would
 * start the page's styles afresh and so hide what this test looks for.
 */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
}

/** A learner's home, known by its sign-out button (the PIN screen also shows their name). */
const homeOf = (page: Page, name: string) => page.getByRole('button', exact(words('ui', 'home.sign-out', { name })));

/** What "#/" shows: someone's home, or, with nobody signed in, who is learning. */
const homeOrWho = (page: Page): Locator =>
  h1(page, words('ui', 'who.title')).or(homeOf(page, 'Sam')).or(homeOf(page, 'Priya'));

/** Whoever is signed in on this tab signs out, at home, as a person would. */
async function signOutAnyone(page: Page): Promise<void> {
  await goTo(page, '#/');
  await homeOrWho(page).waitFor();
  for (const name of ['Sam', 'Priya']) {
    if (await homeOf(page, name).isVisible()) await homeOf(page, name).click();
  }
  await h1(page, words('ui', 'who.title')).waitFor();
}

/** Sam signs in on "Who is learning today?", unless already signed in. */
async function signInSam(page: Page): Promise<void> {
  await goTo(page, '#/');
  await homeOrWho(page).waitFor();
  if (await homeOf(page, 'Sam').isVisible()) return;
  await signOutAnyone(page);
  await page.getByRole('button', exact('Sam')).click();
  await homeOf(page, 'Sam').waitFor();
}

describe('styles do not depend on which screen opened first, in Chromium', () => {
  let tablet: BrowserContext;
  let ids: Record<string, string> = {};
  let toured: Page;
  let touredFrom = 0;

  beforeAll(async () => {
    // A tablet as a hub has it: English, a volunteer PIN, Sam (who has started a lesson) and
    // Priya, with a PIN; ready offline, so that every tab's footer soon says so.
    tablet = await app.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await tablet.newPage();
    await page.goto(app.server.url);
    await newLearner(page, 'Sam');
    await page.goto(`${app.server.url}#/lesson/${LESSON}/1`);
    await page.getByText(words('ui', 'save.saved')).waitFor();
    await page.goto(`${app.server.url}#/`);
    await waitUntilReadyOffline(page);
    await signOutLearner(page, 'Sam');
    await newLearnerWithPin(page, 'Priya');
    ids = await learnerIds(page);
    await page.close();

    // One tab that has been to every screen, so it holds every screen's styles: each screen drawn
    // there must look as it does when it is the first a fresh tab draws.
    toured = await tablet.newPage();
    await toured.goto(app.server.url);
    for (const screen of screens) {
      await visit(toured, screen);
      await screen.leave?.(toured);
    }
    touredFrom = await toured.evaluate(() => performance.timeOrigin);
  }, 180_000);

  afterAll(async () => {
    await tablet?.close();
  });

  const screens: Screen[] = [
    {
      name: 'the language choice',
      who: 'nobody',
      hash: '#/language',
      shown: (p) => h1(p, words('ui', 'language.title')),
      settled: readyOffline,
    },
    {
      name: '"Who is learning today?"',
      who: 'nobody',
      hash: '#/',
      shown: (p) => h1(p, words('ui', 'who.title')),
      settled: readyOffline,
    },
    { name: 'the new learner form', who: 'nobody', hash: '#/new', shown: (p) => h1(p, words('ui', 'new.title')) },
    {
      name: 'the new learner form with its errors',
      who: 'nobody',
      hash: '#/new',
      shown: (p) => h1(p, words('ui', 'new.title')),
      inState: async (p) => {
        await p.getByRole('button', exact(words('ui', 'new.save'))).click();
        await p.getByRole('link', exact(words('ui', 'new.error-avatar'))).waitFor();
      },
    },
    {
      name: 'signing in with a PIN, after a wrong PIN',
      who: 'nobody',
      hash: '#/sign-in/PRIYA',
      shown: (p) => p.getByRole('group', exact(words('ui', 'sign-in.pin'))),
      inState: (p) => wrongPin(p, 'sign-in.pin', '1111', 'sign-in.wrong-pin'),
      leave: async (p) => {
        await typePin(p, 'sign-in.pin', PRIYA_PIN);
        await homeOf(p, 'Priya').waitFor();
      },
    },
    { name: 'home', who: 'Sam', hash: '#/', shown: (p) => h1(p, hello('Sam')), settled: homeSettled },
    {
      name: 'a practice step of a lesson',
      who: 'Sam',
      hash: PRACTICE_HASH,
      shown: (p) => h1(p, PRACTICE_TITLE),
    },
    { name: 'the learner card', who: 'Sam', hash: '#/card', shown: (p) => h1(p, words('ui', 'card.title')) },
    { name: 'My settings', who: 'Sam', hash: '#/me', shown: (p) => h1(p, words('ui', 'me.title')) },
    {
      name: 'the volunteer lock, after a wrong PIN',
      who: 'nobody',
      hash: '#/settings',
      shown: (p) => p.getByRole('group', exact(words('ui', 'volunteer.pin'))),
      inState: (p) => wrongPin(p, 'volunteer.pin', '000000', 'sign-in.wrong-pin'),
      leave: async (p) => {
        await typePin(p, 'volunteer.pin', VOLUNTEER_PIN);
        await h1(p, words('ui', 'settings.title')).waitFor();
      },
    },
    {
      name: 'settings, unlocked',
      who: 'nobody',
      hash: '#/settings',
      shown: (p) => p.getByRole('group', exact(words('ui', 'volunteer.pin'))),
      inState: async (p) => {
        await typePin(p, 'volunteer.pin', VOLUNTEER_PIN);
        await h1(p, words('ui', 'settings.title')).waitFor();
      },
      settled: settingsDrawn,
    },
  ];

  const hashOf = (screen: Screen) => screen.hash.replace('PRIYA', ids.Priya ?? '');

  /** The screen, drawn and in its state. */
  async function drawn(page: Page, screen: Screen): Promise<void> {
    await screen.shown(page).waitFor();
    await screen.inState?.(page);
    await screen.settled?.(page);
  }

  /** From whatever this tab shows, to the screen in its state, as a person would get there. */
  async function visit(page: Page, screen: Screen): Promise<void> {
    if (screen.who === 'Sam') await signInSam(page);
    else await signOutAnyone(page);
    await goTo(page, hashOf(screen));
    await drawn(page, screen);
  }

  it.each(screens.map((s) => [s.name, s] as const))(
    '%s',
    async (_name, screen) => {
      const page = await tablet.newPage();
      if (screen.who === 'Sam') {
        // Signed in, as after a reload: the screen is the first this tab draws.
        await page.addInitScript(
          ([key, learnerId]) => sessionStorage.setItem(key, JSON.stringify({ learnerId, lastActive: Date.now() })),
          [SESSION_KEY, ids.Sam ?? ''] as const,
        );
      }
      await page.goto(`${app.server.url}${hashOf(screen)}`);
      await drawn(page, screen);
      const first = await screenStyles(page);
      await page.close();

      await visit(toured, screen);
      // Still the page that went everywhere: a reload would load its styles afresh.
      expect(await toured.evaluate(() => performance.timeOrigin)).toBe(touredFrom);
      expect(await screenStyles(toured)).toEqual(first);
      await screen.leave?.(toured);
    },
    60_000,
  );

  it('setting up a new tablet, after two PINs that did not match', async () => {
    // A tablet whose language is chosen but which has no volunteer PIN yet.
    const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const start = await context.newPage();
    await start.goto(app.server.url);
    await start.getByRole('button', exact('English')).click();
    const setUp = (page: Page) => h1(page, words('ui', 'volunteer.setup-title'));
    await setUp(start).waitFor();
    await start.close();
    const mismatch = async (page: Page) => {
      await typePin(page, 'volunteer.pin-choose', '111111');
      await wrongPin(page, 'volunteer.pin-confirm', '222222', 'new.lock-mismatch');
    };

    const page = await context.newPage();
    await page.goto(app.server.url);
    await setUp(page).waitFor();
    await mismatch(page);
    const first = await screenStyles(page);
    const loaded = await page.evaluate(() => performance.timeOrigin);

    // Every other screen this tablet can show before it has a volunteer PIN: each screen's code
    // loads on the way (settings' too, behind its lock).
    await goTo(page, '#/language');
    await h1(page, words('ui', 'language.title')).waitFor();
    await goTo(page, '#/new');
    await page.getByRole('button', exact(words('ui', 'new.save'))).click();
    await page.getByRole('link', exact(words('ui', 'new.error-avatar'))).waitFor();
    await page.getByRole('textbox', exact(words('ui', 'new.nickname'))).fill('Sam');
    await page.getByRole('radio', exact(words('ui', 'avatars.avatar-cat'))).check();
    await page.getByRole('button', exact(words('ui', 'new.save'))).click();
    await h1(page, words('ui', 'card.title')).waitFor();
    await page.getByRole('link', exact(words('ui', 'card.start'))).click();
    await homeOf(page, 'Sam').waitFor();
    await goTo(page, PRACTICE_HASH);
    await h1(page, PRACTICE_TITLE).waitFor();
    await goTo(page, '#/me');
    await h1(page, words('ui', 'me.title')).waitFor();
    await goTo(page, '#/');
    await homeOf(page, 'Sam').click();
    await setUp(page).waitFor();
    await goTo(page, '#/new');
    await page.getByRole('textbox', exact(words('ui', 'new.nickname'))).fill('Priya');
    await page.getByRole('radio', exact(words('ui', 'avatars.avatar-fish'))).check();
    await page.getByRole('radio', exact(words('ui', 'new.lock-pin'))).check();
    await typePin(page, 'new.pin-choose', PRIYA_PIN);
    await typePin(page, 'new.pin-confirm', PRIYA_PIN);
    await page.getByRole('button', exact(words('ui', 'new.save'))).click();
    await page.getByRole('link', exact(words('ui', 'card.start'))).click();
    await homeOf(page, 'Priya').click();
    await setUp(page).waitFor();
    const priya = (await learnerIds(page)).Priya ?? '';
    await goTo(page, `#/sign-in/${priya}`);
    await wrongPin(page, 'sign-in.pin', '1111', 'sign-in.wrong-pin');
    await typePin(page, 'sign-in.pin', PRIYA_PIN);
    await homeOf(page, 'Priya').click();
    await goTo(page, '#/settings');
    await h1(page, words('ui', 'volunteer.title')).waitFor();
    await page.getByRole('group', exact(words('ui', 'volunteer.pin-choose'))).waitFor();

    await goTo(page, '#/');
    await setUp(page).waitFor();
    await mismatch(page);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loaded);
    expect(await screenStyles(page)).toEqual(first);
    await context.close();
  }, 120_000);
});

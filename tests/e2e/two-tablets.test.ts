import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LearnerProfile } from '../../src/core/learner';
import { lessonById } from '../../src/lessons';
import { createHub } from '../../src/server/accounts';
import { makeEnrolmentCode } from '../../src/server/enrolment';
import { DB_NAME } from '../../src/store/schema';
import { words } from '../content';
import { useHubAppInChromium } from './hub-app';
import { englishIfAsked, hello, newLearner, openVolunteerSettings } from './learner-in-browser';
import { completeStepInBrowser, exact, stepHeading } from './lesson-in-browser';
import { waitUntilReadyOffline } from './offline-helpers';
import { eventsOnTablet } from './tablet-db';

// One hub: its server (the real one, serving the built app beside the API) and two tablets,
// each a browser context of its own, so each has its own storage as two tablets do.
const hub = useHubAppInChromium();

const lesson = (() => {
  const found = lessonById('tablet-basics');
  if (!found) throw new Error('lesson missing');
  return found;
})();
const stepTitle = (index: number) => {
  const step = lesson.steps[index];
  return step?.type === 'check' ? words('ui', 'check.title') : words(lesson.id, `steps.${step?.id}.title`);
};
const allSaved = () => words('ui', 'hub.saved');

/** A volunteer sets the tablet up for the hub in settings, with a code the coordinator made. */
async function setUpForHub(page: Page, code: string): Promise<void> {
  await openVolunteerSettings(page, hub.url);
  await page.getByRole('textbox', exact(words('volunteer', 'hub-setup.code'))).fill(code);
  await page.getByRole('button', exact(words('volunteer', 'hub-setup.set-up'))).click();
  await page.getByText(words('volunteer', 'hub-setup.done', { hub: 'Library hub' })).waitFor();
  await page.goto(hub.url);
  await page.getByRole('heading', { level: 1, name: words('ui', 'who.title') }).waitFor();
}

/** The learner code of the one learner on a tablet, as printed on their card. */
const learnerCodeOn = (page: Page): Promise<string> =>
  page.evaluate(
    (name) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('learners').objectStore('learners').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as LearnerProfile[])[0]?.code ?? '');
          };
        };
      }),
    DB_NAME,
  );

/** From the learner's home, "Carry on" opens the lesson at the step after their last. */
async function carryOnAt(page: Page, index: number): Promise<void> {
  await page.getByRole('link', exact(words('ui', 'home.resume', { lesson: words(lesson.id, 'title') }))).click();
  await expect.poll(() => stepHeading(page)).toBe(stepTitle(index));
}

describe('one learner on two tablets of a hub, in Chromium', () => {
  it('learns offline on tablet A, syncs, is restored on tablet B from their code, carries on there, and A shows it', async () => {
    const coordinator = await createHub(hub.db, {
      hubName: 'Library hub',
      email: 'coordinator@example.org',
      password: 'a long enough password',
    });
    const [codeA, codeB] = [await makeEnrolmentCode(hub.db, coordinator), await makeEnrolmentCode(hub.db, coordinator)];

    // Tablet A: set up for the hub; a new learner; ready to work with no connection.
    const tabletA = await hub.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const a = await tabletA.newPage();
    await a.goto(hub.url);
    await englishIfAsked(a);
    await setUpForHub(a, codeA.code);
    await newLearner(a, 'Amina');
    await waitUntilReadyOffline(a);
    await a.getByText(allSaved()).waitFor();

    // Offline, three steps: saved on the tablet, waiting for the hub.
    await tabletA.setOffline(true);
    await a.goto(`${hub.url}#/lesson/${lesson.id}`);
    for (const step of lesson.steps.slice(0, 3)) await completeStepInBrowser(a, lesson, step);
    await a.getByText(words('ui', 'save.saved'), { exact: true }).waitFor();
    await a.goto(hub.url);
    await a.getByRole('heading', { level: 1, name: hello('Amina') }).waitFor();
    await expect.poll(() => a.getByText(allSaved()).count()).toBe(0);

    // Back online: the tablet sends it on its own.
    await tabletA.setOffline(false);
    await a.getByText(allSaved()).waitFor({ timeout: 30_000 });
    const code = await learnerCodeOn(a);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);

    // Tablet B: set up for the same hub; Amina brings her progress with the code on her card.
    const tabletB = await hub.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const b = await tabletB.newPage();
    await b.goto(hub.url);
    await englishIfAsked(b);
    await setUpForHub(b, codeB.code);
    await b.getByRole('link', exact(words('ui', 'who.have-card'))).click();
    await b.getByRole('textbox', exact(words('profiles', 'restore.code'))).fill(`${code.slice(0, 4)}-${code.slice(4)}`);
    await b.getByRole('button', exact(words('profiles', 'restore.find'))).click();
    await b.getByRole('heading', { level: 1, name: hello('Amina') }).waitFor();

    // She carries on where she stopped, and does two more steps, which reach the hub.
    await carryOnAt(b, 3);
    for (const step of lesson.steps.slice(3, 5)) await completeStepInBrowser(b, lesson, step);
    await b.getByText(words('ui', 'save.saved'), { exact: true }).waitFor();
    await b.goto(hub.url);
    await b.getByRole('heading', { level: 1, name: hello('Amina') }).waitFor();
    await b.getByText(allSaved()).waitFor({ timeout: 30_000 });

    // Tablet A, opened again, brings what she did on B as it starts, and she carries on after B's steps.
    await a.reload();
    await a.getByRole('heading', { level: 1, name: hello('Amina') }).waitFor();
    const completedOnA = async () => (await eventsOnTablet(a)).filter((e) => e.type === 'step.completed').length;
    await expect.poll(completedOnA, { timeout: 30_000 }).toBe(5);
    await carryOnAt(a, 5);

    // The hub has each of her events once, from both tablets.
    const stored = await hub.db.selectFrom('events').select(['id', 'device_id', 'type']).execute();
    expect(new Set(stored.map((e) => e.id)).size).toBe(stored.length);
    expect(new Set(stored.map((e) => e.device_id)).size).toBe(2);
    expect(stored.filter((e) => e.type === 'step.completed')).toHaveLength(5);
    await tabletA.close();
    await tabletB.close();
  }, 180_000);
});

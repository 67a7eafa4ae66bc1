import { describe, expect, it } from 'vitest';
import { lessonById } from '../../src/lessons';
import { words } from '../content';
import { hello, newLearner } from './learner-in-browser';
import { completeStepInBrowser, exact } from './lesson-in-browser';
import { useStaticAppInChromium } from './static-app';

const lesson = lessonById('book-gp-appointment');
const app = useStaticAppInChromium();

describe('in Chromium, a learner', () => {
  it('completes "Book a GP appointment in the NHS App", reloads, and sees it marked done', async () => {
    if (!lesson) throw new Error('The lesson is missing');
    const page = await app.onlineTablet({ viewport: { width: 820, height: 1180 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.url);
    await newLearner(page, 'Sam');
    // From here on, the only traffic allowed is fetching the app's own files: practice sends nothing.
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' || !r.url().startsWith(app.server.url)) sent.push(`${r.method()} ${r.url()}`);
    });

    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', exact(words(lesson.id, 'title'))) });
    await expect.poll(() => card.getByText(words('ui', 'home.state.not-started'), { exact: true }).count()).toBe(1);
    await card.getByRole('link', exact(words('ui', 'home.start'))).click();

    for (const step of lesson.steps) await completeStepInBrowser(page, lesson, step);

    await page.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: hello('Sam') }).waitFor();
    await expect.poll(() => card.getByText(words('ui', 'home.state.done'), { exact: true }).count()).toBe(1);
    expect(await card.getByRole('link', exact(words('ui', 'home.again'))).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(sent).toEqual([]);
  });
});

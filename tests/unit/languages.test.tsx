import { screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../src/app/session';
import { i18n } from '../../src/i18n/i18n';
import { words, wordsIn } from '../content';
import { aLearner, freshTablet, openHubsteps, signedInLearner, unlockVolunteerScreens } from './app-harness';

const LESSON = 'book-gp-appointment';
const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('choosing a language', () => {
  it('asks on a tablet’s first start, each language named in its own script, and shows the one chosen', async () => {
    await freshTablet({ language: null });
    const { user } = await openHubsteps();
    await heading(words('ui', 'language.title'));
    for (const name of [
      'English',
      'Polski',
      'Română',
      'Português',
      'Soomaali',
      'ਪੰਜਾਬੀ',
      'اردو',
      'العربية',
      'বাংলা',
      'ગુજરાતી',
    ]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    await user.click(screen.getByRole('button', { name: 'Polski' }));
    await heading(wordsIn('pl', 'ui', 'who.title'));
    expect(document.documentElement.lang).toBe('pl');
    expect(screen.getByRole('link', { name: wordsIn('pl', 'ui', 'who.new') })).toBeTruthy();
  });

  it('does not ask again once a language is chosen', async () => {
    await freshTablet({ language: 'ro' });
    await openHubsteps();
    await heading(wordsIn('ro', 'ui', 'who.title'));
  });

  it('a volunteer sets the tablet’s language in settings', async () => {
    await freshTablet();
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    await unlockVolunteerScreens(user);
    await user.selectOptions(screen.getByRole('combobox', { name: words('ui', 'language.tablet') }), 'العربية');
    await heading(wordsIn('ar', 'ui', 'settings.title'));
    expect(document.documentElement.dir).toBe('rtl');
    await user.click(screen.getByRole('link', { name: wordsIn('ar', 'ui', 'player.all-lessons') }));
    await heading(wordsIn('ar', 'ui', 'who.title'));
  });

  it('a learner’s own language follows them: theirs once signed in, the tablet’s after signing out', async () => {
    await freshTablet();
    await aLearner('Amina', undefined, 'ur');
    const { user } = await openHubsteps();
    await heading(words('ui', 'who.title'));
    expect(document.documentElement.dir).toBe('ltr');

    await user.click(screen.getByRole('button', { name: 'Amina' }));
    await heading(wordsIn('ur', 'ui', 'home.hello', { name: 'Amina' }));
    expect(document.documentElement.lang).toBe('ur');
    expect(document.documentElement.dir).toBe('rtl');

    await user.click(screen.getByRole('button', { name: wordsIn('ur', 'ui', 'home.sign-out', { name: 'Amina' }) }));
    await heading(words('ui', 'who.title'));
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('a learner changes their language from home, and it is still theirs after the app is closed', async () => {
    await freshTablet();
    const learner = await signedInLearner('Sam');
    const first = await openHubsteps();
    await heading(words('ui', 'home.hello', { name: 'Sam' }));
    await first.user.click(screen.getByRole('link', { name: new RegExp(words('ui', 'language.title')) }));
    await first.user.click(await screen.findByRole('button', { name: 'Română' }));
    await heading(wordsIn('ro', 'ui', 'home.hello', { name: 'Sam' }));
    first.close();

    await i18n.changeLanguage('en');
    signIn(learner.id);
    await openHubsteps();
    await heading(wordsIn('ro', 'ui', 'home.hello', { name: 'Sam' }));
  });
});

describe('in the learner’s language', () => {
  async function openStepAs(lang: string, step: number) {
    await freshTablet();
    const learner = await aLearner('Sam', undefined, lang);
    signIn(learner.id);
    history.replaceState(null, '', `#/lesson/${LESSON}/${step}`);
    return openHubsteps();
  }

  it('a volunteer can show a step in English, and go back to the learner’s language', async () => {
    const { user } = await openStepAs('pl', 1);
    await heading(wordsIn('pl', LESSON, 'steps.intro.title'));
    await user.click(screen.getByRole('button', { name: words('ui', 'english.show') }));
    await heading(words(LESSON, 'steps.intro.title'));
    expect(screen.getByText(words(LESSON, 'steps.intro.body'))).toBeTruthy();
    // The buttons around the step stay in the learner's language.
    expect(screen.getByRole('button', { name: wordsIn('pl', 'ui', 'player.next') })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: wordsIn('pl', 'ui', 'english.back', { language: 'Polski' }) }));
    await heading(wordsIn('pl', LESSON, 'steps.intro.title'));
  });

  it('numbers and times are in the digits the real app shows, and days in the language’s own words', async () => {
    await openStepAs('bn', 8);
    await heading(wordsIn('bn', LESSON, 'steps.choose-time.title'));
    // "Step 8 of 15" and the appointment time in Latin digits, as on the real NHS App, so the
    // learner finds "10:30" there too; the day and month are still written in Bengali.
    expect(screen.getByText(wordsIn('bn', 'ui', 'player.step-of', { n: 8, total: 15 }))).toBeTruthy();
    expect(wordsIn('bn', 'ui', 'player.step-of', { n: 8, total: 15 })).toMatch(/8\D+15/);
    const tuesday = (name: string) => /মঙ্গলবার 14 .*10:30/.test(name) && !/[\u09E6-\u09EF]/.test(name);
    expect(screen.getByRole('radio', { name: tuesday })).toBeTruthy();
  });

  it('a word not yet translated shows in English, never blank and never as a key', async () => {
    await openStepAs('so', 1);
    await heading(wordsIn('so', LESSON, 'steps.intro.title'));
    const somali = i18n.getResource('so', 'player', 'player.next') as string;
    i18n.addResource('so', 'player', 'player.next', '');
    try {
      expect(i18n.getFixedT('so', 'ui')('player.next')).toBe(words('ui', 'player.next'));
    } finally {
      i18n.addResource('so', 'player', 'player.next', somali);
    }
  });
});

describe('the right-to-left languages', () => {
  beforeEach(() => freshTablet({ language: 'ar' }));

  it('lay the page out right to left, with the words in the language', async () => {
    await openHubsteps();
    await heading(wordsIn('ar', 'ui', 'who.title'));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
  });
});

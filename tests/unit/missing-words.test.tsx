import { screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../src/app/session';
import { words, wordsIn } from '../content';
import { aLearner, freshTablet, openHubsteps } from './app-harness';

// Words this tablet does not have and cannot fetch, as when the browser cleared them and there
// is no connection: all of Arabic's that the new-learner form needs, and one Urdu lesson's.
const { offline } = vi.hoisted(() => ({
  offline: () => {
    throw new Error('Failed to fetch: no connection');
  },
}));
vi.mock('../../locales/ar/ui.json', offline);
vi.mock('../../locales/ar/profiles.json', offline);
vi.mock('../../locales/ur/book-gp-appointment.json', offline);

const LESSON = 'book-gp-appointment';
const page = () => [document.documentElement.lang, document.documentElement.dir];
/** A note found by its whole sentence: the language's name inside it is an element of its own. */
const isNote = (text: string) => (_: string, el: Element | null) =>
  el?.getAttribute('role') === 'status' && el.textContent === text;
/** The language's own name in a note, and the language and direction it is marked with. */
const ownName = (note: HTMLElement) => {
  const name = note.querySelector('bdi');
  return [name?.textContent, name?.lang, name?.dir];
};

beforeEach(() => freshTablet());

describe('a language whose words are not on this tablet', () => {
  it('leaves the form in English, left to right, and says in English that the language is not here yet', async () => {
    history.replaceState(null, '', '#/new');
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: words('ui', 'new.title') });
    await user.click(screen.getByRole('radio', { name: 'العربية' }));

    // The English note names the language in English and in its own words, which an Arabic
    // reader knows; those are marked as Arabic, right to left.
    const note = await screen.findByText(isNote(words('ui', 'language.missing', { language: 'Arabic (العربية)' })));
    expect([note.lang, note.dir]).toEqual(['en', 'ltr']);
    expect(ownName(note)).toEqual(['العربية', 'ar', 'rtl']);
    // Still English, laid out as English is: never English words mirrored right to left.
    expect(screen.getByRole('heading', { level: 1, name: words('ui', 'new.title') })).toBeTruthy();
    expect(page()).toEqual(['en', 'ltr']);

    // Choosing a language that is here takes the note away.
    await user.click(screen.getByRole('radio', { name: 'Polski' }));
    await screen.findByRole('heading', { level: 1, name: wordsIn('pl', 'ui', 'new.title') });
    expect(screen.queryByText(isNote(words('ui', 'language.missing', { language: 'Arabic (العربية)' })))).toBeNull();
  });

  it('shows a lesson missing its words in English, left to right, with a note in the learner’s language', async () => {
    const learner = await aLearner('Amina', undefined, 'ur');
    signIn(learner.id);
    history.replaceState(null, '', `#/lesson/${LESSON}/1`);
    const { user } = await openHubsteps();

    await screen.findByRole('heading', { level: 1, name: words(LESSON, 'steps.intro.title') });
    expect(page()).toEqual(['en', 'ltr']);
    const note = screen.getByText(isNote(wordsIn('ur', 'ui', 'language.missing', { language: 'اردو' })));
    expect([note.lang, note.dir]).toEqual(['ur', 'rtl']);
    expect(ownName(note)).toEqual(['اردو', 'ur', 'rtl']);

    // Home lists that lesson too, so it is in English as well; the learner's own settings have
    // all their words in Urdu: they are in Urdu, right to left, and the note is gone.
    await user.click(screen.getByRole('link', { name: words('ui', 'player.all-lessons') }));
    await user.click(await screen.findByRole('link', { name: words('ui', 'home.my-settings') }));
    await screen.findByRole('heading', { level: 1, name: wordsIn('ur', 'ui', 'me.title') });
    expect(page()).toEqual(['ur', 'rtl']);
    expect(screen.queryByText(isNote(wordsIn('ur', 'ui', 'language.missing', { language: 'اردو' })))).toBeNull();
  });
});

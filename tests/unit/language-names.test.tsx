import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishLanguageName, LANGUAGES, languageName } from '../../src/i18n/i18n';
import { LANGUAGE_NAMES } from '../../src/i18n/language-name';
import { words } from '../content';
import { freshTablet, openHubsteps } from './app-harness';

/** Hubsteps' names: each language's usual name for itself, and its name in English. */
const NAMES = {
  ar: ['العربية', 'Arabic'],
  bn: ['বাংলা', 'Bengali'],
  en: ['English', 'English'],
  gu: ['ગુજરાતી', 'Gujarati'],
  pa: ['ਪੰਜਾਬੀ', 'Punjabi'],
  pl: ['Polski', 'Polish'],
  pt: ['Português', 'Portuguese'],
  ro: ['Română', 'Romanian'],
  so: ['Soomaali', 'Somali'],
  ur: ['اردو', 'Urdu'],
};

/** A browser whose own language names are all in English, as Chromium's trimmed data has some. */
function browserNamesInEnglish(): void {
  const English = Intl.DisplayNames;
  vi.spyOn(Intl, 'DisplayNames').mockImplementation((_locales, options) => new English('en', options));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('language names', () => {
  it('are Hubsteps’ own, for every language it has', () => {
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LANGUAGES]);
    for (const lang of LANGUAGES) {
      expect([languageName(lang), englishLanguageName(lang)]).toEqual(NAMES[lang as keyof typeof NAMES]);
    }
  });

  it('do not change with the browser’s own names', () => {
    browserNamesInEnglish();
    expect(LANGUAGES.map(languageName)).toEqual(Object.values(NAMES).map(([own]) => own));
  });

  it('come from the browser only for a language Hubsteps does not have', () => {
    expect([languageName('de'), englishLanguageName('de')]).toEqual(['Deutsch', 'German']);
  });

  it('on the first screen are the table’s, each marked with its own language and direction', async () => {
    browserNamesInEnglish();
    await freshTablet({ language: null });
    await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: words('ui', 'language.title') });
    const buttons = screen.getAllByRole('button').filter((b) => b.classList.contains('language-button'));
    expect(buttons.map((b) => [b.textContent, b.lang, b.dir])).toEqual(
      Object.entries(NAMES).map(([lang, [own]]) => [own, lang, lang === 'ar' || lang === 'ur' ? 'rtl' : 'ltr']),
    );
  });
});

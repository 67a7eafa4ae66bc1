import { useState } from 'preact/hooks';
import { LANGUAGES, languageName, textDirection } from '../i18n/i18n';
import { useLanguage, useT } from '../i18n/use-t';
import { HomeFooter } from './HomeFooter';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  /** Saves the choice; if that fails, the learner is told and can choose again. */
  onChoose: (lang: string) => Promise<void>;
}

/**
 * Every language Hubsteps has, each named in its own language and script (no flags: a flag is a
 * country, not a language), as big buttons a learner can find without reading English.
 */
export function LanguageChoice({ onChoose }: Props) {
  const t = useT();
  const current = useLanguage();
  const [failed, setFailed] = useState(false);
  const choose = (lang: string) => {
    setFailed(false);
    onChoose(lang).catch(() => setFailed(true));
  };
  return (
    <main class="home language-choice" id="main">
      <ScreenHeading>{t('language.title')}</ScreenHeading>
      <ul class="language-list">
        {LANGUAGES.map((lang) => (
          <li key={lang}>
            <button
              type="button"
              class="language-button"
              lang={lang}
              dir={textDirection(lang)}
              aria-pressed={lang === current}
              onClick={() => choose(lang)}
            >
              {languageName(lang)}
            </button>
          </li>
        ))}
      </ul>
      {failed && <p role="alert">{t('profile.save-failed')}</p>}
      <HomeFooter languageLink={false} />
    </main>
  );
}

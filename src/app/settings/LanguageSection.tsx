import '../forms.css';
import { useT } from '../../i18n/use-t';
import { useObservable } from '../../offline/observable';
import { LanguageSelect } from '../LanguageSelect';
import { chooseTabletLanguage, tabletLanguage } from '../language';

/** The tablet's language, for whenever nobody is signed in; each learner keeps their own. */
export function LanguageSection() {
  const t = useT();
  const tablet = useObservable(tabletLanguage) ?? 'en';
  return (
    <section class="settings-section" aria-labelledby="language-title">
      <h2 id="language-title">{t('language.tablet')}</h2>
      <p class="field">
        <label for="tablet-language" class="field-label">
          {t('language.tablet')}
        </label>
        <span class="field-hint" id="tablet-language-hint">
          {t('language.tablet-hint')}
        </span>
        <LanguageSelect
          id="tablet-language"
          describedBy="tablet-language-hint"
          value={tablet}
          onChange={chooseTabletLanguage}
        />
      </p>
    </section>
  );
}

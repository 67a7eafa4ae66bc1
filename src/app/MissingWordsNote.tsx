import { i18n, textDirection } from '../i18n/i18n';
import { useObservable } from '../offline/observable';
import { LanguageNameIn, SentenceNaming } from './LanguageName';
import { missingLanguage } from './language';

/**
 * Says that a learner's language is not on this tablet yet, so the screen is in English: in
 * that language if its interface words are here (only a lesson's are missing), else in English
 * with the language's own name beside it, which a learner knows even if they read no English.
 */
export function MissingWordsNote() {
  const missing = useObservable(missingLanguage);
  // Always there, even empty, so a screen reader announces the note when it appears.
  if (!missing) return <p role="status" class="offline-notice" />;
  const lang = i18n.hasResourceBundle(missing, 'ui') ? missing : 'en';
  const t = i18n.getFixedT(lang, 'ui');
  return (
    <p role="status" class="offline-notice" lang={lang} dir={textDirection(lang)}>
      <SentenceNaming
        words={(language) => t('language.missing', { language })}
        name={<LanguageNameIn lang={missing} inLang={lang} />}
      />
    </p>
  );
}

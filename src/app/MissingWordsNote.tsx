import { i18n, languageName, textDirection } from '../i18n/i18n';
import { useObservable } from '../offline/observable';
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
  const own = languageName(missing);
  // The own name is isolated, so a right-to-left name keeps its place in an English sentence.
  const name =
    lang === missing ? own : `${new Intl.DisplayNames([lang], { type: 'language' }).of(missing)} (\u2068${own}\u2069)`;
  return (
    <p role="status" class="offline-notice" lang={lang} dir={textDirection(lang)}>
      {i18n.getFixedT(lang, 'ui')('language.missing', { language: name })}
    </p>
  );
}

import { type ComponentChildren, Fragment } from 'preact';
import { englishLanguageName, languageName, namesInEnglish, textDirection } from '../i18n/i18n';

/**
 * A language's own name, marked as that language: a screen reader says it with that language's
 * voice, and a right-to-left name keeps its place inside a left-to-right sentence.
 */
export const LanguageName = ({ lang }: { lang: string }) => (
  <bdi lang={lang} dir={textDirection(lang)}>
    {languageName(lang)}
  </bdi>
);

/** languageNameIn() on screen, the own name marked as its language. */
export const LanguageNameIn = ({ lang, inLang }: { lang: string; inLang: string }) =>
  namesInEnglish(lang, inLang) ? (
    <>
      {englishLanguageName(lang)} (<LanguageName lang={lang} />)
    </>
  ) : (
    <LanguageName lang={lang} />
  );

/** Marks where the name goes in a sentence; a private-use character no text contains. */
const MARK = '\u{E001}';

/**
 * A sentence with a language's name in it, {{language}} in its words, the name marked as its
 * own language. `words` gives the sentence with the name it is passed.
 */
export function SentenceNaming({ words, name }: { words: (name: string) => string; name: ComponentChildren }) {
  const parts = words(MARK).split(MARK);
  return (
    <>
      {parts.map((part, i) =>
        i === 0 ? (
          part
        ) : (
          <Fragment key={i}>
            {name}
            {part}
          </Fragment>
        ),
      )}
    </>
  );
}

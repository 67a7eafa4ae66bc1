import { LANGUAGES, languageName, textDirection } from '../i18n/i18n';

interface Props {
  id: string;
  value: string;
  onChange: (lang: string) => void;
  describedBy?: string;
}

/** A compact choice of language, each named in its own script, for forms and settings. */
export function LanguageSelect({ id, value, onChange, describedBy }: Props) {
  return (
    <select
      id={id}
      class="text-input"
      aria-describedby={describedBy}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang} dir={textDirection(lang)}>
          {languageName(lang)}
        </option>
      ))}
    </select>
  );
}

/** A learner's own choices, the same on the new-learner form and on My settings. */
import '../forms.css';
import './profiles.css';
import type { TextSize } from '../../core/learner';
import { LANGUAGES } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { LanguageName } from '../LanguageName';
import { LanguageSelect } from '../LanguageSelect';

const TEXT_SIZES: TextSize[] = ['normal', 'large', 'largest'];

export function LanguageChoiceField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (lang: string) => void;
}) {
  const t = useT();
  return (
    <p class="field">
      <label for={id} class="field-label">
        {t('new.language')}
      </label>
      <LanguageSelect id={id} value={value} onChange={onChange} />
    </p>
  );
}

/**
 * Every language as a big choice named in its own script, for a learner who may not read the
 * language the tablet is in.
 */
export function LanguageRadios({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (lang: string) => void;
}) {
  const t = useT();
  return (
    <fieldset class="field" aria-describedby={`${id}-hint`}>
      <legend class="field-label">{t('new.language')}</legend>
      <p class="field-hint" id={`${id}-hint`}>
        {t('new.language-hint')}
      </p>
      <div class="language-options">
        {LANGUAGES.map((lang) => (
          <label class="size-choice" key={lang}>
            <input type="radio" name="language" value={lang} checked={value === lang} onChange={() => onChange(lang)} />
            <LanguageName lang={lang} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ReadAloudField({
  id,
  checked,
  onChange,
}: {
  id: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <p class="field">
      <label class="check-choice">
        <input
          type="checkbox"
          aria-describedby={`${id}-hint`}
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>{t('read.auto')}</span>
      </label>
      <span class="field-hint" id={`${id}-hint`}>
        {t('read.auto-hint')}
      </span>
    </p>
  );
}

export function TextSizeField({ value, onChange }: { value: TextSize; onChange: (size: TextSize) => void }) {
  const t = useT();
  return (
    <fieldset class="field">
      <legend class="field-label">{t('new.text-size')}</legend>
      <div class="choice-row">
        {TEXT_SIZES.map((size) => (
          <label class={`size-choice size-${size}`} key={size}>
            <input type="radio" name="text-size" checked={value === size} onChange={() => onChange(size)} />
            <span>{t(`new.size-${size}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

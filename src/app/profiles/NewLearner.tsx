import '../forms.css';
import './profiles.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { v7 as uuidv7 } from 'uuid';
import { cleanNickname, type LearnerProfile, learnerCodeFrom, type TextSize } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { askToKeepData } from '../../offline/storage';
import { AVATARS } from '../../profiles/pictures';
import { isDiskFull } from '../../store/disk-full';
import { choosingLanguage, tabletLanguage } from '../language';
import { saveProfile } from '../learners-state';
import { go } from '../route';
import { ScreenHeading } from '../ScreenHeading';
import { signIn } from '../session';
import { LockSetup } from './LockSetup';
import { LanguageRadios, ReadAloudField, TextSizeField } from './ProfileChoices';
import { ProfilePicture } from './ProfilePicture';
import { makeSecret } from './secret';

type Lock = 'none' | 'pin' | 'pictures';
type Field = 'nickname' | 'avatar' | 'lock';

/** Looks like an email address or a phone number: not something Hubsteps should keep. */
const looksPersonal = (name: string) => /@|\d{5,}|\+\d/.test(name.replace(/\s/g, ''));

/**
 * A new learner: their language first, then a nickname, a picture, a text size and, if they
 * like, a PIN or picture password. The form changes to the language as soon as it is chosen.
 */
export default function NewLearner() {
  const t = useT();
  const [nickname, setNickname] = useState('');
  const [avatar, setAvatar] = useState<string | null>(null);
  const [textSize, setTextSize] = useState<TextSize>('normal');
  const [language, setLanguage] = useState(() => tabletLanguage.get() ?? 'en');
  const [readAloud, setReadAloud] = useState(false);
  const [lock, setLock] = useState<Lock>('none');
  const [lockValue, setLockValue] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState<'failed' | 'full' | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  // The whole screen follows the language chosen here, until the learner is saved or leaves.
  useEffect(() => choosingLanguage.set(language), [language]);
  useEffect(() => () => choosingLanguage.set(null), []);

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    const name = cleanNickname(nickname);
    if (!name) found.nickname = t(nickname.trim() ? 'new.error-nickname-long' : 'new.error-nickname');
    else if (looksPersonal(name)) found.nickname = t('new.error-personal');
    if (!avatar) found.avatar = t('new.error-avatar');
    if (lock !== 'none' && !lockValue) found.lock = t(`new.error-${lock}`);
    return found;
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const found = validate();
    setErrors(found);
    setSaveFailed(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSaving(true);
    const profile: LearnerProfile = {
      id: `learner-${uuidv7()}`,
      nickname: cleanNickname(nickname) ?? nickname,
      avatar: avatar ?? AVATARS[0],
      secret: lock !== 'none' && lockValue ? await makeSecret(lock, lockValue) : null,
      language,
      textSize,
      readAloud,
      code: learnerCodeFrom((n) => crypto.getRandomValues(new Uint8Array(n))),
      createdAt: new Date().toISOString(),
    };
    try {
      await saveProfile(profile);
    } catch (error) {
      // Nothing is kept and nothing is lost: the form stays filled in to try again.
      setSaving(false);
      setSaveFailed(isDiskFull(error) ? 'full' : 'failed');
      return;
    }
    // Someone's progress is on the tablet now: ask the browser not to clear it when space runs low.
    void askToKeepData();
    // The address first (replacing the form, so Back does not return to it), then the learner.
    go('#/card', true);
    signIn(profile.id);
  };

  const errorList = Object.entries(errors) as [Field, string][];
  return (
    <main class="home new-learner" id="main">
      <a class="home-link" href="#/">
        {t('new.back')}
      </a>
      <ScreenHeading id="new-title">{t('new.title')}</ScreenHeading>
      <p class="body-text">{t('new.intro')}</p>
      <div ref={summary} tabIndex={-1} role="alert" class={errorList.length ? 'error-summary' : ''}>
        {errorList.length > 0 && (
          <>
            <h2>{t('new.errors')}</h2>
            <ul>
              {errorList.map(([field, message]) => (
                <li key={field}>
                  <a
                    href={`#new-${field}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      document.getElementById(`new-${field}`)?.focus();
                    }}
                  >
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        {saveFailed && <p class="warning">{t(saveFailed === 'full' ? 'storage.full' : 'new.save-failed')}</p>}
      </div>
      <form aria-labelledby="new-title" onSubmit={(e) => void save(e)} noValidate>
        <LanguageRadios id="new-language" value={language} onChange={setLanguage} />

        <div class={`field${errors.nickname ? ' has-error' : ''}`}>
          <label for="new-nickname" class="field-label">
            {t('new.nickname')}
          </label>
          <p class="field-hint" id="new-nickname-hint">
            {t('new.nickname-hint')}
          </p>
          {errors.nickname && (
            <p class="field-error" id="new-nickname-error">
              {errors.nickname}
            </p>
          )}
          <input
            id="new-nickname"
            class="text-input"
            type="text"
            autoComplete="off"
            maxLength={40}
            value={nickname}
            aria-describedby={`new-nickname-hint${errors.nickname ? ' new-nickname-error' : ''}`}
            aria-invalid={!!errors.nickname}
            onInput={(e) => setNickname((e.currentTarget as HTMLInputElement).value)}
          />
        </div>

        <fieldset class={`field${errors.avatar ? ' has-error' : ''}`}>
          <legend class="field-label">{t('new.avatar')}</legend>
          {errors.avatar && <p class="field-error">{errors.avatar}</p>}
          <div class="avatar-grid">
            {AVATARS.map((name, i) => (
              <label class="avatar-choice" key={name}>
                <input
                  type="radio"
                  name="avatar"
                  value={name}
                  id={i === 0 ? 'new-avatar' : undefined}
                  checked={avatar === name}
                  onChange={() => setAvatar(name)}
                />
                <ProfilePicture name={name} size={72} />
                <span class="visually-hidden">{t(`avatars.${name}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <ReadAloudField id="new-read-aloud" checked={readAloud} onChange={setReadAloud} />
        <TextSizeField value={textSize} onChange={setTextSize} />

        <fieldset class={`field${errors.lock ? ' has-error' : ''}`}>
          <legend class="field-label">{t('new.lock')}</legend>
          <p class="field-hint">{t('new.lock-hint')}</p>
          {errors.lock && <p class="field-error">{errors.lock}</p>}
          <div class="choice-row">
            {(['none', 'pictures', 'pin'] as const).map((kind, i) => (
              <label class="size-choice" key={kind}>
                <input
                  type="radio"
                  name="lock"
                  id={i === 0 ? 'new-lock' : undefined}
                  checked={lock === kind}
                  onChange={() => {
                    setLock(kind);
                    setLockValue(null);
                  }}
                />
                <span>{t(`new.lock-${kind}`)}</span>
              </label>
            ))}
          </div>
          {lock !== 'none' && <LockSetup key={lock} kind={lock} onSet={setLockValue} />}
        </fieldset>

        <button type="submit" class="button primary" disabled={saving}>
          {t('new.save')}
        </button>
      </form>
    </main>
  );
}

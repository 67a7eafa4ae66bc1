import '../forms.css';
import './profiles.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LearnerProfile, LockKind } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { isDiskFull } from '../../store/disk-full';
import { saveProfile } from '../learners-state';
import { ScreenHeading } from '../ScreenHeading';
import { LockSetup } from './LockSetup';
import { LanguageChoiceField, ReadAloudField, TextSizeField } from './ProfileChoices';
import { makeSecret } from './secret';

/**
 * A learner's own choices, on their own screen: language, text size, reading aloud and their
 * lock. Each is saved as it is made, with their profile, and touches nobody else.
 */
export default function MySettings({ profile }: { profile: LearnerProfile }) {
  const t = useT();
  const [problem, setProblem] = useState<'failed' | 'full' | null>(null);
  const change = async (next: Partial<LearnerProfile>): Promise<boolean> => {
    setProblem(null);
    try {
      await saveProfile({ ...profile, ...next });
      return true;
    } catch (error) {
      setProblem(isDiskFull(error) ? 'full' : 'failed');
      return false;
    }
  };
  return (
    <main class="home my-settings" id="main">
      <a class="home-link" href="#/">
        {t('player.all-lessons')}
      </a>
      <ScreenHeading>{t('me.title')}</ScreenHeading>
      <p class="body-text">{t('me.intro')}</p>
      <div role="alert">
        {problem && <p class="warning">{t(problem === 'full' ? 'storage.full' : 'profile.save-failed')}</p>}
      </div>

      <LanguageChoiceField
        id="me-language"
        value={profile.language}
        onChange={(language) => void change({ language })}
      />
      <TextSizeField value={profile.textSize} onChange={(textSize) => void change({ textSize })} />
      <ReadAloudField
        id="me-read-aloud"
        checked={!!profile.readAloud}
        onChange={(readAloud) => void change({ readAloud })}
      />
      <LockChoice profile={profile} change={change} />
    </main>
  );
}

/** The learner's lock: add one, change it, or take it away. */
function LockChoice({
  profile,
  change,
}: {
  profile: LearnerProfile;
  change: (next: Partial<LearnerProfile>) => Promise<boolean>;
}) {
  const t = useT();
  const [choosing, setChoosing] = useState<LockKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const current = profile.secret?.kind ?? null;
  const section = useRef<HTMLFieldSetElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const wasChoosing = useRef(false);
  useEffect(() => {
    // The pad opens at the foot of the screen: bring it into view, so it is not below the fold.
    if (choosing) section.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    // Saved or cancelled: the pad that had focus is gone, so focus goes back to the choices.
    else if (wasChoosing.current) firstChoice.current?.focus();
    wasChoosing.current = !!choosing;
  }, [choosing]);

  const set = async (kind: LockKind, value: string | null) => {
    if (!value) return;
    if (await change({ secret: await makeSecret(kind, value) })) {
      setChoosing(null);
      setDone(t('me.lock-saved'));
    }
  };
  const remove = async () => {
    if (await change({ secret: null })) setDone(t('me.lock-removed'));
  };
  const choose = (kind: LockKind) => {
    setDone(null);
    setChoosing(kind);
  };

  return (
    <fieldset class="field" ref={section}>
      <legend class="field-label">{t('me.lock-title')}</legend>
      <p class="field-hint">{t(current ? `me.lock-${current}` : 'me.lock-none')}</p>
      <p role="status">{done}</p>
      {choosing ? (
        <>
          <LockSetup key={choosing} kind={choosing} focus onSet={(value) => void set(choosing, value)} />
          <button type="button" class="button secondary small" onClick={() => setChoosing(null)}>
            {t('me.cancel')}
          </button>
        </>
      ) : (
        <div class="choice-row">
          <button type="button" class="button secondary" ref={firstChoice} onClick={() => choose('pin')}>
            {t(current === 'pin' ? 'me.change-pin' : 'me.add-pin')}
          </button>
          <button type="button" class="button secondary" onClick={() => choose('pictures')}>
            {t(current === 'pictures' ? 'me.change-pictures' : 'me.add-pictures')}
          </button>
          {current && (
            <button type="button" class="button secondary" onClick={() => void remove()}>
              {t('me.remove-lock')}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}

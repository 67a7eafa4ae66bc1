import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { useObservable } from '../../offline/observable';
import { learnersOnTablet, loadLearners } from '../learners-state';
import { go } from '../route';
import { signIn } from '../session';
import { PicturePad } from './PicturePad';
import { PinPad } from './PinPad';
import { ProfilePicture } from './ProfilePicture';
import { secretMatches } from './secret';

const MAX_TRIES = 5;
const LOCK_MS = 60_000;
/** Wrong tries per learner, kept while the tab is open, so leaving the screen does not reset them. */
const tries = new Map<string, { count: number; lockedUntil: number }>();

/** A learner with a PIN or picture password proves it is them. */
export default function SignIn({ learnerId }: { learnerId: string }) {
  const t = useT();
  const learners = useObservable(learnersOnTablet);
  const profile = learners?.find((l) => l.id === learnerId);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [checking, setChecking] = useState(false);
  const [, tick] = useState(0);
  useEffect(() => void loadLearners().catch(() => undefined), []);
  useEffect(() => {
    if (learners && !profile?.secret) {
      if (profile) signIn(profile.id);
      go('#/', true);
    }
  }, [learners, profile]);

  const record = tries.get(learnerId) ?? { count: 0, lockedUntil: 0 };
  const locked = record.lockedUntil > Date.now();
  useEffect(() => {
    if (!locked) return;
    const timer = setTimeout(() => tick((n) => n + 1), record.lockedUntil - Date.now());
    return () => clearTimeout(timer);
  }, [locked, record.lockedUntil]);

  if (!profile?.secret) return <p class="loading">{t('loading')}</p>;
  const secret = profile.secret;

  const check = async (value: string) => {
    setChecking(true);
    const right = await secretMatches(secret, value);
    setChecking(false);
    if (right) {
      tries.delete(learnerId);
      go('#/', true);
      signIn(learnerId);
      return;
    }
    const count = record.count + 1;
    tries.set(learnerId, { count, lockedUntil: count >= MAX_TRIES ? Date.now() + LOCK_MS : 0 });
    setError(
      count >= MAX_TRIES
        ? t('sign-in.locked')
        : t(secret.kind === 'pin' ? 'sign-in.wrong-pin' : 'sign-in.wrong-pictures'),
    );
    setAttempt((n) => n + 1);
  };

  return (
    <main class="home sign-in" id="main">
      <a class="home-link" href="#/">
        {t('sign-in.not-you')}
      </a>
      <div class="sign-in-who">
        <ProfilePicture name={profile.avatar} />
        <h1>{t('home.hello', { name: profile.nickname })}</h1>
      </div>
      <div role="alert">{error && <p class="warning">{error}</p>}</div>
      {locked ? (
        <p class="body-text">{t('sign-in.wait')}</p>
      ) : secret.kind === 'pin' ? (
        <PinPad key={attempt} label={t('sign-in.pin')} disabled={checking} onComplete={(v) => void check(v)} />
      ) : (
        <PicturePad key={attempt} label={t('sign-in.pictures')} disabled={checking} onComplete={(v) => void check(v)} />
      )}
    </main>
  );
}

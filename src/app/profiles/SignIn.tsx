import './profiles.css';
import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { useObservable } from '../../offline/observable';
import { learnersOnTablet, loadLearners, saveProfile } from '../learners-state';
import { go } from '../route';
import { ScreenHeading } from '../ScreenHeading';
import { signIn } from '../session';
import { ProfilePicture } from './ProfilePicture';
import { makeSecret, needsUpgrade } from './secret';
import { UnlockPad } from './UnlockPad';

/** A learner with a PIN or picture password proves it is them. */
export default function SignIn({ learnerId }: { learnerId: string }) {
  const t = useT();
  const learners = useObservable(learnersOnTablet);
  const profile = learners?.find((l) => l.id === learnerId);
  useEffect(() => void loadLearners().catch(() => undefined), []);
  useEffect(() => {
    if (learners && !profile?.secret) {
      if (profile) signIn(profile.id);
      go('#/', true);
    }
  }, [learners, profile]);

  if (!profile?.secret) return <p class="loading">{t('loading')}</p>;
  const secret = profile.secret;

  const unlocked = (value: string) => {
    go('#/', true);
    signIn(learnerId);
    // A lock kept in the older, faster form is made again, now that its value is known.
    if (needsUpgrade(secret)) {
      void makeSecret(secret.kind, value)
        .then((upgraded) => saveProfile({ ...profile, secret: upgraded }))
        .catch(() => undefined);
    }
  };

  return (
    <main class="home sign-in" id="main">
      <a class="home-link" href="#/">
        {t('sign-in.not-you')}
      </a>
      <UnlockPad
        secret={secret}
        lock={learnerId}
        label={t(secret.kind === 'pin' ? 'sign-in.pin' : 'sign-in.pictures')}
        onUnlocked={unlocked}
      >
        {/* Whose lock this is, plainly: no greeting until the lock is open, as anyone may be at the tablet. */}
        <div class="sign-in-who">
          <ProfilePicture name={profile.avatar} />
          <ScreenHeading>{profile.nickname}</ScreenHeading>
        </div>
      </UnlockPad>
    </main>
  );
}

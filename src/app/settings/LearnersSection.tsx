import '../forms.css';
import { useEffect, useState } from 'preact/hooks';
import { byNickname, type LearnerProfile } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { useObservable } from '../../offline/observable';
import { clearTablet, removeLearner, unsyncedCount } from '../../store/removals';
import { learnersChanged, learnersOnTablet, loadLearners } from '../learners-state';
import { ProfilePicture } from '../profiles/ProfilePicture';
import { idleMinutes, setIdleMinutes, signedIn, signOut } from '../session';
import { forgetLearner } from '../use-learning';

const IDLE_CHOICES = [5, 10, 20, 30];

/** What is about to be removed: one learner, or everyone. */
type Removal = { learner: LearnerProfile; unsynced: number } | { learner: null; unsynced: number };

/**
 * Removing a learner or clearing the tablet, which only a volunteer can reach: it asks first,
 * and says how much unsent work would be lost.
 */
function ConfirmRemoval({ removal, onDone }: { removal: Removal; onDone: (message: string | null) => void }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const name = removal.learner?.nickname ?? '';
  const risky = removal.unsynced > 0;
  const question = removal.learner
    ? risky
      ? t('learners.unsynced', { name, count: removal.unsynced })
      : t('learners.synced', { name })
    : risky
      ? t('learners.clear-unsynced', { count: removal.unsynced })
      : t('learners.clear-synced');

  const go = async () => {
    try {
      if (removal.learner) await removeLearner(removal.learner.id);
      else await clearTablet();
    } catch {
      setFailed(true);
      return;
    }
    if (!removal.learner || signedIn.get() === removal.learner.id) signOut();
    forgetLearner();
    await learnersChanged().catch(() => undefined);
    onDone(removal.learner ? t('learners.done-remove', { name }) : t('learners.done-clear'));
  };

  return (
    <div class="confirm-removal" role="alertdialog" aria-labelledby="removal-question">
      <p id="removal-question" class={risky ? 'warning' : ''}>
        {question}
      </p>
      {failed && <p class="warning">{t('learners.failed')}</p>}
      <p class="button-row">
        <button type="button" class="button danger" onClick={() => void go()}>
          {removal.learner ? t('learners.confirm-remove', { name }) : t('learners.confirm-clear')}
        </button>
        <button type="button" class="button secondary" onClick={() => onDone(null)}>
          {t('learners.cancel')}
        </button>
      </p>
    </div>
  );
}

/** For volunteers: who is on this tablet, removing one or all, and the idle sign-out time. */
export function LearnersSection() {
  const t = useT();
  const learners = useObservable(learnersOnTablet);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [minutes, setMinutes] = useState(idleMinutes);
  useEffect(() => void loadLearners().catch(() => undefined), []);

  const ask = async (learner: LearnerProfile | null) => {
    setMessage(null);
    const unsynced = await unsyncedCount(learner?.id);
    setRemoval(learner ? { learner, unsynced } : { learner: null, unsynced });
  };

  return (
    <section class="settings-section" aria-labelledby="learners-title">
      <h2 id="learners-title">{t('learners.title')}</h2>
      <p role="status">{message}</p>
      {learners?.length === 0 && <p>{t('learners.none')}</p>}
      <ul class="pack-list">
        {byNickname(learners ?? []).map((learner) => (
          <li class="pack learner-row" key={learner.id}>
            <ProfilePicture name={learner.avatar} size={48} />
            <strong>{learner.nickname}</strong>
            <button type="button" class="button secondary small" onClick={() => void ask(learner)}>
              {t('learners.remove', { name: learner.nickname })}
            </button>
            {removal?.learner?.id === learner.id && (
              <ConfirmRemoval
                removal={removal}
                onDone={(m) => {
                  setRemoval(null);
                  setMessage(m);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {!!learners?.length && (
        <p>
          <button type="button" class="button secondary" onClick={() => void ask(null)}>
            {t('learners.clear')}
          </button>
        </p>
      )}
      {removal && !removal.learner && (
        <ConfirmRemoval
          removal={removal}
          onDone={(m) => {
            setRemoval(null);
            setMessage(m);
          }}
        />
      )}
      <p class="field">
        <label for="idle-minutes" class="field-label">
          {t('learners.idle')}
        </label>
        <select
          id="idle-minutes"
          class="text-input"
          value={minutes}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            setIdleMinutes(value);
            setMinutes(value);
          }}
        >
          {IDLE_CHOICES.map((m) => (
            <option key={m} value={m}>
              {t('learners.minutes', { count: m })}
            </option>
          ))}
        </select>
      </p>
    </section>
  );
}

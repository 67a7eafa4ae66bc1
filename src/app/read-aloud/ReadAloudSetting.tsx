import { useState } from 'preact/hooks';
import type { LearnerProfile } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { saveLearner } from '../../store/learners';
import { refreshLearners } from '../learners-state';

/** The learner's own switch: read every step aloud as it opens. Saved with their profile. */
export function ReadAloudSetting({ profile }: { profile: LearnerProfile }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const change = async (readAloud: boolean) => {
    setFailed(false);
    try {
      await saveLearner({ ...profile, readAloud });
      await refreshLearners();
    } catch {
      setFailed(true);
    }
  };
  return (
    <p class="read-aloud-setting">
      <label class="check-choice">
        <input
          type="checkbox"
          aria-describedby="read-aloud-hint"
          checked={!!profile.readAloud}
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        <span>{t('read.auto')}</span>
      </label>
      <span class="field-hint" id="read-aloud-hint">
        {t('read.auto-hint')}
      </span>
      {failed && <span role="alert">{t('profile.save-failed')}</span>}
    </p>
  );
}

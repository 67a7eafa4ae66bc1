import { useEffect, useState } from 'preact/hooks';
import { byNickname, type LearnerProfile } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { useObservable } from '../../offline/observable';
import { HomeFooter } from '../HomeFooter';
import { connectedToHub, useHubStatus } from '../hub-sync';
import { learnersOnTablet, loadLearners } from '../learners-state';
import { go } from '../route';
import { ScreenHeading } from '../ScreenHeading';
import { StorageProblem } from '../StorageProblem';
import { signIn } from '../session';
import { ProfilePicture } from './ProfilePicture';

/** Past this many learners, a search box helps find a name quickly. */
const SEARCH_FROM = 7;

/** Matches a search to a nickname, ignoring case and accents ("zoe" finds "Zoë"). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function choose(learner: LearnerProfile): void {
  if (learner.secret) {
    go(`#/sign-in/${learner.id}`);
  } else {
    signIn(learner.id);
    go('#/');
  }
}

/** "Who is learning today?": a big picture tile for everyone on this tablet. */
export function WhoIsLearning() {
  const t = useT();
  const learners = useObservable(learnersOnTablet);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  // Only a tablet set up for the hub can bring a learner's progress here from their card.
  const canRestore = connectedToHub(useHubStatus());
  useEffect(() => {
    loadLearners().catch(() => setFailed(true));
  }, []);

  if (failed) return <StorageProblem />;
  if (!learners) return <p class="loading">{t('loading')}</p>;
  const wanted = fold(query.trim());
  const everyone = byNickname(learners);
  const shown = wanted ? everyone.filter((l) => fold(l.nickname).includes(wanted)) : everyone;

  return (
    <main class="home who" id="main">
      <ScreenHeading>{t('who.title')}</ScreenHeading>
      {learners.length === 0 && <p class="body-text">{t('who.none')}</p>}
      {learners.length >= SEARCH_FROM && (
        <p class="who-search">
          <label for="who-search">{t('who.search')}</label>
          <input
            id="who-search"
            type="search"
            class="text-input"
            autoComplete="off"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </p>
      )}
      {wanted && shown.length === 0 && <p role="status">{t('who.no-match', { query: query.trim() })}</p>}
      <ul class="who-list">
        {shown.map((learner) => (
          <li key={learner.id}>
            <button type="button" class="who-tile" onClick={() => choose(learner)}>
              <ProfilePicture name={learner.avatar} />
              <span>{learner.nickname}</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="button-row">
        <a class="button primary" href="#/new">
          {t('who.new')}
        </a>
        {canRestore && (
          <a class="button secondary" href="#/restore">
            {t('who.have-card')}
          </a>
        )}
      </p>
      <HomeFooter />
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { LearningEvent } from '../core/events';
import type { LearnerProfile } from '../core/learner';
import type { Lesson } from '../core/lesson';
import { lessonProgress } from '../core/progress';
import { i18n, loadNamespaces, prefetchNamespaces } from '../i18n/i18n';
import { LanguageContext } from '../i18n/use-t';
import { lessonIds } from '../lessons/ids';
import { naturalPause } from '../offline/natural-pause';
import { useObservable } from '../offline/observable';
import { databaseState } from '../store/db';
import { readTablet } from '../store/learners';
import { IdleGuard } from './IdleGuard';
import { LanguageChoice } from './LanguageChoice';
import { applyLanguage, chooseTabletLanguage, choosingLanguage, tabletLanguage, wantedLanguage } from './language';
import { lazy, lazyScreen, useLazy } from './lazy';
import { learnersOnTablet, loadLearners, saveProfile } from './learners-state';
import { OfflineNotice } from './OfflineNotice';
import { WhoIsLearning } from './profiles/WhoIsLearning';
import { go, lessonHref, type Route, useRoute } from './route';
import { DatabaseProblem, LazyView, Loading, ScreenErrorBoundary } from './ScreenStates';
import { StorageProblem } from './StorageProblem';
import { signedIn, signOut, volunteerLockSet, volunteerUnlocked } from './session';
import { useTextSize } from './text-size';
import { startLearner, useLearning } from './use-learning';

const player = lazyScreen(() => import('./player/LessonPlayer'));
const settings = lazyScreen(() => import('./settings/Settings'));
const newLearner = lazyScreen(() => import('./profiles/NewLearner'));
const signIn = lazyScreen(() => import('./profiles/SignIn'));
const card = lazyScreen(() => import('./profiles/LearnerCard'));
const mySettings = lazyScreen(() => import('./profiles/MySettings'));
const tabletSetup = lazyScreen(() => import('./volunteer/TabletSetup'));
const restoreLearner = lazyScreen(() => import('./profiles/RestoreLearner'));
// The lessons and the learner's home come with a signed-in learner: the start screen needs neither.
const lessonCode = lazy(() => import('../lessons'));
type LessonCode = Awaited<ReturnType<typeof lessonCode.load>>;
const home = lazy(() => import('./Home').then((m) => m.Home));

/**
 * The words a screen needs: every lesson title at home and in settings, one lesson and the
 * practice screens in it; the learner forms' and locks' words, and the volunteer screens'.
 */
export function namespacesFor(route: Route, learnerId: string | null, settingUp = false): string[] {
  if (settingUp) return ['profiles', 'volunteer'];
  if (learnerId && route.name === 'lesson') return [route.lessonId, 'practice', 'player'];
  if (route.name === 'settings') return ['profiles', 'volunteer', ...lessonIds];
  if (learnerId && (route.name === 'card' || route.name === 'me')) return ['profiles'];
  // A signed-in learner's home, and the screens that send them home (signing in again, a new learner).
  if (learnerId && route.name !== 'language') return ['home', ...lessonIds];
  if (['new-learner', 'sign-in', 'restore'].includes(route.name)) return ['profiles'];
  return [];
}

/**
 * Fetches everything the first screen needs at once, while i18next starts, and resolves
 * when it is all here, so the first screen renders once, complete.
 */
export async function preloadFor(route: Route, i18nReady: Promise<unknown>): Promise<void> {
  const learnerId = signedIn.get();
  const namespaces = namespacesFor(route, learnerId);
  prefetchNamespaces(tabletLanguage.get() ?? 'en', namespaces);
  const tablet = readTablet(learnerId);
  void tablet.then((t) => volunteerLockSet.set(t.volunteerLockSet)).catch(() => undefined);
  const learners = loadLearners(() => tablet.then((t) => t.learners));
  await Promise.allSettled([
    learnerId ? startLearner(learnerId, () => tablet.then((t) => t.events ?? [])) : null,
    learners,
    i18nReady.then(() => loadNamespaces(namespaces)),
    // The learner's own language is known once the learners are read; English needs no switch.
    Promise.all([learners, i18nReady]).then(([list]) =>
      applyLanguage(
        wantedLanguage(
          list.find((l) => l.id === learnerId),
          tabletLanguage.get(),
        ),
        namespaces,
      ),
    ),
    learnerId ? lessonCode.load() : null,
    learnerId && route.name === 'lesson' ? player.load() : route.name === 'settings' ? settings.load() : null,
    learnerId && atHome(route) ? home.load() : null,
  ]);
}

/** The routes a signed-in learner's home draws: anything but a lesson, the card and My settings. */
const atHome = (route: Route) => route.name !== 'lesson' && route.name !== 'card' && route.name !== 'me';

/** Where an address should really go: home for an unknown lesson, or the step to resume. */
function redirect(route: Route, events: readonly LearningEvent[], code: LessonCode): string | null {
  if (route.name !== 'lesson') return null;
  const lesson = code.lessonById(route.lessonId);
  if (!lesson) return '#/';
  if (route.step !== null) return null;
  return lessonHref(lesson.id, resumeStepNumber(lesson, events));
}

function resumeStepNumber(lesson: Lesson, events: readonly LearningEvent[]): number {
  const progress = lessonProgress(lesson, events);
  if (progress.state !== 'in-progress') return 1;
  return (
    Math.max(
      lesson.steps.findIndex((s) => s.id === progress.resumeStepId),
      0,
    ) + 1
  );
}

export function App() {
  const [lang, setLang] = useState(i18n.language);
  const route = useRoute();
  useEffect(() => {
    const changed = (next: string) => setLang(next);
    i18n.on('languageChanged', changed);
    // A screen's effects run before this one: one may have changed the language already.
    setLang(i18n.language);
    return () => i18n.off('languageChanged', changed);
  }, []);
  useEffect(() => {
    // The volunteer screens lock again as soon as the volunteer leaves them.
    if (route.name !== 'settings') volunteerUnlocked.set(false);
  }, [route.name]);
  return (
    <LanguageContext.Provider value={lang}>
      <OfflineNotice />
      <GuardWhileInUse />
      <ScreenErrorBoundary place={JSON.stringify(route)}>
        <Screen route={route} />
      </ScreenErrorBoundary>
    </LanguageContext.Provider>
  );
}

/**
 * On every screen, while a learner is signed in or a volunteer has unlocked the volunteer
 * screens: a while without a tap signs them out, so the next person is never in their place.
 */
function GuardWhileInUse() {
  const learnerId = useObservable(signedIn);
  const volunteer = useObservable(volunteerUnlocked);
  if (!learnerId && !volunteer) return null;
  return <IdleGuard key={learnerId ?? 'volunteer'} onIdle={signOutEveryone} />;
}

function signOutEveryone(): void {
  signOut();
  volunteerUnlocked.set(false);
  go('#/');
}

function useWords(namespaces: string[]): boolean {
  const [, loaded] = useState(0);
  const key = namespaces.join();
  useEffect(() => {
    if (key) void loadNamespaces(key.split(',')).then(() => loaded((n) => n + 1));
  }, [key]);
  return namespaces.every((ns) => i18n.hasLoadedNamespace(ns));
}

function Screen({ route }: { route: Route }) {
  const learnerId = useObservable(signedIn);
  const database = useObservable(databaseState);
  const lockSet = useObservable(volunteerLockSet);
  const Settings = useLazy(settings, route.name === 'settings');
  const NewLearner = useLazy(newLearner, !learnerId && route.name === 'new-learner');
  const SignIn = useLazy(signIn, !learnerId && route.name === 'sign-in');
  const RestoreLearner = useLazy(restoreLearner, !learnerId && route.name === 'restore');
  const learners = useObservable(learnersOnTablet);
  const tablet = useObservable(tabletLanguage);
  const profile = learnerId ? learners?.find((l) => l.id === learnerId) : undefined;
  const choosing = useObservable(choosingLanguage);
  const lang = wantedLanguage(profile, choosing ?? tablet);
  const firstStart = !learnerId && tablet === null && learners?.length === 0;
  // A tablet is set up with a volunteer PIN before anyone uses it.
  const setUp = !learnerId && lockSet === false && route.name === 'home' && !firstStart;
  const TabletSetup = useLazy(tabletSetup, setUp);
  const namespaces = namespacesFor(route, learnerId, setUp);
  const wordsReady = useWords(namespaces);
  const wordsKey = namespaces.join();
  useEffect(() => {
    // Each screen is shown in the language only if all its words are on the tablet (else in English).
    void applyLanguage(lang, wordsKey ? wordsKey.split(',') : []);
  }, [lang, wordsKey]);
  useEffect(() => naturalPause(route.name === 'home'), [route.name]);

  if (database !== 'ok') return <DatabaseProblem state={database} />;
  if (!wordsReady) return <Loading />;
  if (route.name === 'language' || (firstStart && route.name === 'home')) {
    return <LanguageChoice onChoose={(next) => chooseLanguage(next, profile)} />;
  }
  if (setUp) return <LazyView screen={TabletSetup} props={{}} />;
  if (route.name === 'settings') return <LazyView screen={Settings} props={{}} />;
  if (learnerId) return <SignedIn learnerId={learnerId} route={route} />;
  if (route.name === 'new-learner') return <LazyView screen={NewLearner} props={{}} />;
  if (route.name === 'sign-in') return <LazyView screen={SignIn} props={{ learnerId: route.learnerId }} />;
  if (route.name === 'restore') return <LazyView screen={RestoreLearner} props={{}} />;
  return <WhoIsLearning />;
}

/** A learner's choice is theirs, on every tablet; with nobody signed in, it is the tablet's. */
async function chooseLanguage(lang: string, profile: LearnerProfile | undefined): Promise<void> {
  if (profile) {
    await saveProfile({ ...profile, language: lang });
  } else {
    chooseTabletLanguage(lang);
  }
  go('#/');
}

/** Everything a signed-in learner sees: their home, their lessons, their card. */
function SignedIn({ learnerId, route }: { learnerId: string; route: Route }) {
  const learning = useLearning(learnerId);
  const learners = useObservable(learnersOnTablet);
  const profile = learners?.find((l) => l.id === learnerId);
  const Player = useLazy(player, route.name === 'lesson');
  const Card = useLazy(card, route.name === 'card');
  const MySettings = useLazy(mySettings, route.name === 'me');
  const Home = useLazy(home, atHome(route));
  const code = useLazy(lessonCode, true);
  const events = learning && !('error' in learning) ? learning.events : null;
  const target = events && code && code !== 'failed' ? redirect(route, events, code) : null;
  useTextSize(profile?.textSize ?? 'normal');

  useEffect(() => {
    if (target) go(target, true);
  }, [target]);
  useEffect(() => {
    // Signed-in only screens: anything else goes home.
    if (route.name === 'new-learner' || route.name === 'sign-in' || route.name === 'restore') go('#/', true);
  }, [route.name]);

  if (learning && 'error' in learning) return <StorageProblem />;
  if (code === 'failed') return <LazyView screen={code} props={{}} />;
  if (!learning || !profile || !code || target) return <Loading />;

  if (route.name === 'lesson') {
    const lesson = code.lessonById(route.lessonId);
    if (!lesson || route.step === null) return <Loading />;
    return (
      <LazyView
        // Another lesson is a player of its own: its start is recorded, and nothing of the last one's steps stays.
        key={lesson.id}
        screen={Player}
        props={{ lesson, stepNumber: route.step, learning, readAloud: !!profile.readAloud }}
      />
    );
  }
  if (route.name === 'card') return <LazyView screen={Card} props={{ profile }} />;
  if (route.name === 'me') return <LazyView screen={MySettings} props={{ profile }} />;
  return <LazyView screen={Home} props={{ lessons: code.lessons, events: learning.events, profile }} />;
}

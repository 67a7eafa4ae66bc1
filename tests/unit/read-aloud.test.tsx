import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetLearners, saveProfile } from '../../src/app/learners-state';
import { chooseReader, voiceFor } from '../../src/app/read-aloud/choose-reader';
import { signIn } from '../../src/app/session';
import { wordsIn } from '../content';
import { aLearner, freshTablet, openHubsteps } from './app-harness';

const LESSON = 'book-gp-appointment';

// The recording a lesson has, where a test says it has one.
const recordings = vi.hoisted(() => new Map<string, string>());
vi.mock('../../src/lessons/recordings', () => ({
  recordingFor: (lang: string, lesson: string, step: string) => recordings.get(`${lang}/${lesson}/${step}`),
}));

const voice = (lang: string, localService = true) =>
  ({ lang, localService, name: `${lang} voice` }) as SpeechSynthesisVoice;

/** The tablet's speech, stubbed: which voices it has, and what it was asked to say. */
class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}
let voices: SpeechSynthesisVoice[] = [];
let spoken: FakeUtterance[] = [];
const played: string[] = [];

beforeEach(() => {
  voices = [];
  spoken = [];
  played.length = 0;
  recordings.clear();
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  });
  vi.stubGlobal(
    'Audio',
    class {
      ontimeupdate = null;
      onended = null;
      constructor(url: string) {
        played.push(url);
      }
      play = () => Promise.resolve();
      pause = () => undefined;
      removeAttribute = () => undefined;
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('who reads a step aloud', () => {
  it('is the recording first, then a voice for the language, then nobody', () => {
    const urdu = voice('ur-PK');
    expect(chooseReader('ur', '/step.mp3', [urdu])).toEqual({ kind: 'recording', url: '/step.mp3' });
    expect(chooseReader('ur', undefined, [voice('en-GB'), urdu])).toEqual({ kind: 'voice', voice: urdu });
    expect(chooseReader('ur', undefined, [voice('en-GB'), voice('ar-SA')])).toEqual({ kind: 'none' });
  });

  it('prefers a voice on the tablet itself, which works without internet', () => {
    const online = voice('bn-IN', false);
    const onTablet = voice('bn_BD', true);
    expect(voiceFor('bn', [online, onTablet])).toBe(onTablet);
    expect(voiceFor('bn', [online])).toBe(online);
  });
});

describe('the learner’s read-aloud setting', () => {
  it('is switched on in My settings, and kept with their profile', async () => {
    await freshTablet();
    const learner = await aLearner('Sam');
    signIn(learner.id);
    history.replaceState(null, '', '#/me');
    const first = await openHubsteps();
    const setting = () => screen.getByRole('checkbox', { name: wordsIn('en', 'ui', 'read.auto') }) as HTMLInputElement;
    expect(setting().checked).toBe(false);
    await first.user.click(setting());
    await waitFor(() => expect(setting().checked).toBe(true));
    first.close();

    forgetLearners();
    await openHubsteps();
    expect(setting().checked).toBe(true);
  });
});

describe('read aloud on a step', () => {
  async function openStep(lang: string, { readAloud = false } = {}) {
    await freshTablet();
    const learner = await aLearner('Sam', undefined, lang);
    if (readAloud) {
      await saveProfile({ ...learner, readAloud: true });
    }
    signIn(learner.id);
    history.replaceState(null, '', `#/lesson/${LESSON}/1`);
    const app = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: wordsIn(lang, LESSON, 'steps.intro.title') });
    return app;
  }

  it('plays the lesson’s recording when it has one for the language', async () => {
    recordings.set(`ur/${LESSON}/intro`, '/recordings/ur/intro.mp3');
    voices = [voice('ur-PK')];
    const { user } = await openStep('ur');
    await user.click(screen.getByRole('button', { name: wordsIn('ur', 'ui', 'read.aloud') }));
    await waitFor(() => expect(played).toEqual(['/recordings/ur/intro.mp3']));
    expect(spoken).toEqual([]);
  });

  it('otherwise speaks each sentence with the tablet’s voice, highlighting the one being read', async () => {
    voices = [voice('en-GB'), voice('pl-PL')];
    const { user } = await openStep('pl');
    await user.click(screen.getByRole('button', { name: wordsIn('pl', 'ui', 'read.aloud') }));
    await waitFor(() => expect(spoken.length).toBeGreaterThan(1));
    expect(spoken[0]?.text).toBe(wordsIn('pl', LESSON, 'steps.intro.title'));
    expect(spoken.every((u) => u.voice?.lang === 'pl-PL')).toBe(true);
    const body = wordsIn('pl', LESSON, 'steps.intro.body');
    expect(body.startsWith(spoken[1]?.text ?? '-')).toBe(true);

    // The voice starts the body's first sentence (of the latest reading, should a slow tablet start twice).
    const first = spoken.findLast((u) => u.text === spoken[1]?.text);
    first?.onstart?.();
    await waitFor(() => expect(document.querySelector('[data-reading]')?.textContent).toBe(body));
    expect(screen.getByRole('button', { name: wordsIn('pl', 'ui', 'read.stop') })).toBeTruthy();
  });

  it('says plainly when the tablet has no voice for the language, and how a volunteer can add one', async () => {
    voices = [voice('en-GB')];
    await openStep('so');
    // Tapped the moment the step appears, before a slow tablet has finished opening it.
    fireEvent.click(screen.getByRole('button', { name: wordsIn('so', 'ui', 'read.aloud') }));
    // Found by the whole sentence: the language's name in it is marked as Somali.
    const sentence = (text: string) => (_: string, el: Element | null) =>
      el?.tagName === 'P' && el.textContent === text;
    const note = await screen.findByText(sentence(wordsIn('so', 'ui', 'read.no-voice', { language: 'Soomaali' })));
    expect(note.querySelector('bdi[lang="so"][dir="ltr"]')?.textContent).toBe('Soomaali');
    expect(screen.getByText(wordsIn('so', 'ui', 'read.add-voice-ipad'))).toBeTruthy();
    expect(
      screen.getByText(sentence(wordsIn('so', 'ui', 'read.add-voice-android', { language: 'Soomaali' }))),
    ).toBeTruthy();
    expect(spoken).toEqual([]);
  });

  it('reads every step as it opens, for a learner who asked for that', async () => {
    voices = [voice('ro-RO')];
    const { user } = await openStep('ro', { readAloud: true });
    await waitFor(() => expect(spoken[0]?.text).toBe(wordsIn('ro', LESSON, 'steps.intro.title')));
    spoken = [];
    await user.click(screen.getByRole('button', { name: wordsIn('ro', 'ui', 'player.next') }));
    await waitFor(() => expect(spoken[0]?.text).toBe(wordsIn('ro', LESSON, 'steps.appointment-types.title')));
  });
});

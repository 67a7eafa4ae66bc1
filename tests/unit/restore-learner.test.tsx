import { screen, waitFor, within } from '@testing-library/preact';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSync } from '../../src/app/hub-sync';
import { makeSecret } from '../../src/app/profiles/secret';
import { formatLearnerCode, type LearnerProfile, learnerCodeFrom } from '../../src/core/learner';
import { i18n } from '../../src/i18n/i18n';
import { lessons } from '../../src/lessons';
import { appendEvent } from '../../src/store/events';
import { saveLearner } from '../../src/store/learners';
import type { RestoreOutcome } from '../../src/sync/sync';
import { words, wordsIn } from '../content';
import { freshTablet, openHubsteps, signedInLearner, type User } from './app-harness';
import { axeViolations } from './axe';
import { enrolled, resetFakeSync, restoreLearner } from './fake-sync';

vi.mock('../../src/sync/sync', () => import('./fake-sync'));

const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);
const heading = (name: string) => screen.findByRole('heading', { level: 1, name });
const codeField = () => screen.getByRole('textbox', { name: ui('restore.code') });
const findButton = () => screen.getByRole('button', { name: ui('restore.find') });

beforeEach(async () => {
  await freshTablet();
  resetFakeSync(enrolled());
  // The app has been in use a moment: the sync client is here.
  await loadSync();
});

/** Opens "Who is learning today?" and goes to the learner-card screen as a learner would. */
async function openRestore(): Promise<User> {
  const { user } = await openHubsteps();
  await heading(ui('who.title'));
  await user.click(await screen.findByRole('link', { name: ui('who.have-card') }));
  await heading(ui('restore.title'));
  return user;
}

/** A learner of the hub, with a PIN, as the hub would send them: not on this tablet until restored. */
async function learnerAtTheHub(pin: string | null): Promise<LearnerProfile> {
  return {
    id: `learner-${uuidv7()}`,
    nickname: 'Fatima',
    avatar: 'avatar-owl',
    secret: pin ? await makeSecret('pin', pin, 1_000) : null,
    language: 'en',
    textSize: 'normal',
    code: learnerCodeFrom((n) => crypto.getRandomValues(new Uint8Array(n))),
    createdAt: new Date().toISOString(),
  };
}

/** The client's restore: the profile and the learner's progress are put on the tablet, then it answers. */
function restoresWith(learner: LearnerProfile): void {
  restoreLearner.mockImplementation(async () => {
    await saveLearner(learner);
    const lesson = lessons[0];
    if (lesson?.steps[0]) {
      await appendEvent(learner.id, { type: 'lesson.started', lessonId: lesson.id });
      await appendEvent(learner.id, { type: 'step.completed', lessonId: lesson.id, stepId: lesson.steps[0].id });
    }
    return { ok: true, learner, alreadyHere: false };
  });
}

describe('“I have a learner card”', () => {
  it('is not offered on a tablet that is not set up for the hub', async () => {
    resetFakeSync();
    await openHubsteps();
    await heading(ui('who.title'));
    expect(screen.getByRole('link', { name: ui('who.new') })).toBeTruthy();
    expect(screen.queryByRole('link', { name: ui('who.have-card') })).toBeNull();
  });

  it('explains, if the screen is reached anyway, that the tablet must be set up for the hub first', async () => {
    resetFakeSync();
    history.replaceState(null, '', '#/restore');
    await openHubsteps();
    await heading(ui('restore.title'));
    await screen.findByText(ui('restore.error-not-enrolled'));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('opens the screen to type the code, with no camera button where the browser cannot read QR codes', async () => {
    await openRestore();
    expect(screen.getByText(ui('restore.intro'))).toBeTruthy();
    expect(codeField().getAttribute('aria-describedby')).toBe('restore-code-hint');
    expect(screen.queryByRole('button', { name: ui('restore.scan') })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('restoring with the learner code', () => {
  it('brings the learner here: they sign in with their own PIN and carry on where they stopped', async () => {
    const learner = await learnerAtTheHub('2468');
    restoresWith(learner);
    const user = await openRestore();
    await user.type(codeField(), formatLearnerCode(learner.code).toLowerCase());
    await user.click(findButton());
    expect(restoreLearner).toHaveBeenCalledWith(formatLearnerCode(learner.code).toLowerCase());

    await heading('Fatima');
    const pad = await screen.findByRole('group', { name: ui('sign-in.pin') });
    await waitFor(() =>
      expect((within(pad).getByRole('button', { name: '2' }) as HTMLButtonElement).disabled).toBe(false),
    );
    for (const digit of '2468') await user.click(within(pad).getByRole('button', { name: digit }));
    await heading(ui('home.hello', { name: 'Fatima' }));
    const lesson = lessons[0];
    if (lesson) {
      const title = i18n.t('title', { ns: lesson.id });
      expect(screen.getByRole('link', { name: ui('home.resume', { lesson: title }) })).toBeTruthy();
    }
  });

  it('signs a learner without a lock straight in', async () => {
    const learner = await learnerAtTheHub(null);
    restoresWith(learner);
    const user = await openRestore();
    codeField().focus();
    await user.keyboard(`${learner.code}{Enter}`);
    await heading(ui('home.hello', { name: 'Fatima' }));
  });

  it('asks for the code when none was typed, and the summary leads back to the field', async () => {
    const user = await openRestore();
    await user.click(findButton());
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary.contains(document.activeElement)).toBe(true));
    await user.click(within(summary).getByRole('link', { name: ui('restore.error-empty') }));
    expect(document.activeElement).toBe(codeField());
    expect(restoreLearner).not.toHaveBeenCalled();
    expect(await axeViolations()).toEqual([]);
  });

  const refusals: [Extract<RestoreOutcome, { ok: false }>['reason'], string][] = [
    ['invalid-code', 'That code is not right. It has 8 letters and numbers, like ABCD-2345.'],
    ['unknown-code', ui('restore.error-unknown-code')],
    ['too-many-tries', 'Too many codes were tried. Please wait 15 minutes, and ask the coordinator for help.'],
    ['unreachable', ui('restore.error-unreachable')],
    ['not-enrolled', ui('restore.error-not-enrolled')],
    ['revoked', ui('restore.error-revoked')],
  ];
  it.each(refusals)(
    'says what went wrong when the hub says %s, and keeps the code to try again',
    async (reason, said) => {
      restoreLearner.mockResolvedValue({ ok: false, reason });
      const user = await openRestore();
      await user.type(codeField(), 'ABCD-2345');
      await user.click(findButton());
      const summary = await screen.findByRole('alert');
      await within(summary).findByText(said);
      await waitFor(() => expect(summary.contains(document.activeElement)).toBe(true));
      expect(codeField()).toHaveProperty('value', 'ABCD-2345');
      expect(await axeViolations()).toEqual([]);
    },
  );

  it('says nothing more is asked of the hub while it answers', async () => {
    let answer: (outcome: RestoreOutcome) => void = () => undefined;
    restoreLearner.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const user = await openRestore();
    await user.type(codeField(), 'ABCD-2345{Enter}');
    const busy = await screen.findByRole('button', { name: ui('restore.finding') });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    await user.click(busy);
    expect(restoreLearner).toHaveBeenCalledTimes(1);
    answer({ ok: false, reason: 'unknown-code' });
    await screen.findByRole('button', { name: ui('restore.find') });
  });

  it('is in Urdu, right to left, on an Urdu tablet', async () => {
    await freshTablet({ language: 'ur' });
    const ur = (key: string) => wordsIn('ur', 'ui', key);
    history.replaceState(null, '', '#/restore');
    await openHubsteps();
    await heading(wordsIn('ur', 'profiles', 'restore.title'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('textbox', { name: wordsIn('ur', 'profiles', 'restore.code') })).toBeTruthy();
    expect(screen.getByRole('link', { name: wordsIn('ur', 'profiles', 'new.back') })).toBeTruthy();
    expect(ur('who.have-card')).toContain('سیکھنے کا کارڈ');
    expect(await axeViolations()).toEqual([]);
    await i18n.changeLanguage('en');
  });
});

describe('scanning the QR code on the card', () => {
  const stop = vi.fn();
  const getUserMedia = vi.fn<(constraints: MediaStreamConstraints) => Promise<MediaStream>>();
  let seen: { rawValue: string }[] = [];
  const formats: string[][] = [];

  beforeEach(() => {
    seen = [];
    formats.length = 0;
    stop.mockReset();
    getUserMedia.mockReset();
    getUserMedia.mockResolvedValue({ getTracks: () => [{ stop }] } as unknown as MediaStream);
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        constructor(options: { formats: string[] }) {
          formats.push(options.formats);
        }
        detect = async () => seen;
      },
    );
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { enumerateDevices: async () => [{ kind: 'videoinput' }], getUserMedia },
    });
    // jsdom plays no video: it is always ready, showing whatever the test puts in front of it.
    Object.defineProperty(HTMLMediaElement.prototype, 'readyState', { configurable: true, get: () => 4 });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'mediaDevices');
    Reflect.deleteProperty(HTMLMediaElement.prototype, 'readyState');
  });

  it('reads the learner code from the card’s QR code, then switches the camera off', async () => {
    const learner = await learnerAtTheHub(null);
    restoresWith(learner);
    const user = await openRestore();
    await user.click(await screen.findByRole('button', { name: ui('restore.scan') }));
    await waitFor(() =>
      expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false }),
    );
    expect(formats).toEqual([['qr_code']]);
    const stopButton = await screen.findByRole('button', { name: ui('restore.stop-scan') });
    expect(document.activeElement).toBe(stopButton);
    expect(screen.getByText(ui('restore.scanning'))).toBeTruthy();
    expect(screen.getByLabelText(ui('restore.camera')).tagName).toBe('VIDEO');
    expect(await axeViolations()).toEqual([]);

    // Another QR code first: said, and the camera keeps looking.
    seen = [{ rawValue: 'https://example.org/' }];
    await screen.findByText(ui('restore.not-a-card'));
    expect(stop).not.toHaveBeenCalled();

    // The card's QR code holds the learner code itself.
    seen = [{ rawValue: learner.code }];
    await heading(ui('home.hello', { name: 'Fatima' }));
    expect(restoreLearner).toHaveBeenCalledWith(learner.code);
    expect(stop).toHaveBeenCalled();
  });

  it('says so when the camera is not allowed, and the code can still be typed', async () => {
    getUserMedia.mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'));
    const user = await openRestore();
    await user.click(await screen.findByRole('button', { name: ui('restore.scan') }));
    const summary = await screen.findByRole('alert');
    await within(summary).findByText(ui('restore.camera-refused'));
    await waitFor(() => expect(summary.contains(document.activeElement)).toBe(true));
    await user.click(within(summary).getByRole('link', { name: ui('restore.camera-refused') }));
    expect(document.activeElement).toBe(codeField());
    expect(screen.getByRole('button', { name: ui('restore.scan') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: ui('restore.stop-scan') })).toBeNull();
  });

  it('switches the camera off on Stop, and focus goes back to the scan button', async () => {
    const user = await openRestore();
    await user.click(await screen.findByRole('button', { name: ui('restore.scan') }));
    const stopButton = await screen.findByRole('button', { name: ui('restore.stop-scan') });
    await waitFor(() => expect(getUserMedia).toHaveBeenCalled());
    await user.click(stopButton);
    await waitFor(() => expect(stop).toHaveBeenCalled());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: ui('restore.scan') })));
  });

  it('switches the camera off when the learner leaves the screen', async () => {
    const user = await openRestore();
    await user.click(await screen.findByRole('button', { name: ui('restore.scan') }));
    await screen.findByRole('button', { name: ui('restore.stop-scan') });
    await waitFor(() => expect(getUserMedia).toHaveBeenCalled());
    await user.click(screen.getByRole('link', { name: ui('new.back') }));
    await heading(ui('who.title'));
    await waitFor(() => expect(stop).toHaveBeenCalled());
  });
});

describe('the learner card', () => {
  async function openCard(): Promise<void> {
    await signedInLearner('Fatima');
    history.replaceState(null, '', '#/card');
    await openHubsteps();
    await heading(ui('card.title'));
  }

  it('promises progress follows the learner only on a tablet set up for the hub', async () => {
    await openCard();
    await screen.findByText(ui('card.why'));
    expect(screen.getByText(ui('card.keep'))).toBeTruthy();
  });

  it('says progress is only on this tablet otherwise', async () => {
    resetFakeSync();
    await openCard();
    await screen.findByText(ui('card.why-here'));
    expect(screen.getByText(ui('card.keep-here'))).toBeTruthy();
    expect(screen.queryByText(ui('card.why'))).toBeNull();
  });
});

import { screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { stepNumber, words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';
import { tapTarget } from './lesson-driver';

const LESSON = 'nhs-login-setup';
const title = (step: string) => words(LESSON, `steps.${step}.title`);

beforeEach(freshTablet);

describe("a phone's text messages, in practice", () => {
  it('names each conversation by who sent it; the wrong ones get a hint, then the right row is ringed', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/${LESSON}/${stepNumber(LESSON, 'open-text')}`);
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: title('open-text') });
    // Opening a conversation is how the phone moves on: no Next beside it.
    expect(screen.queryByRole('button', { name: words('ui', 'player.next') })).toBeNull();

    for (const other of ['friend', 'pharmacy', 'friend']) await tapTarget(user, 'sms-inbox', other);
    await screen.findByText(words('ui', 'practice.highlighted'));
    const nhs = screen.getByRole('button', { name: words('practice', 'screens.sms-inbox.nhs.name') });
    // The whole row is ringed, as the whole row is what a learner taps on a phone.
    expect(nhs.closest('li')?.classList.contains('pr-highlight')).toBe(true);
    expect(screen.getByText(words('practice', 'screens.sms-inbox.nhs.preview'))).toBeTruthy();

    await user.click(nhs);
    await screen.findByRole('heading', { level: 1, name: title('the-code') });
    // The next step shows the text itself, with its security code.
    expect(screen.getByText(words('practice', 'screens.sms-nhs-code.code.body'))).toBeTruthy();
  });
});

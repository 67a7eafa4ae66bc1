import { screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addressOf } from '../../src/practice/emails';
import { stepNumber, words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';

const LESSON = 'stay-safe';
const title = (step: string) => words(LESSON, `steps.${step}.title`);

beforeEach(freshTablet);

describe('a fake NHS text and email, in practice', () => {
  it('draws the text’s link as words that go nowhere: tapping it brings the hint, then Delete is ringed', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/${LESSON}/${stepNumber(LESSON, 'delete-text')}`);
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: title('delete-text') });
    const link = screen.getByText('nhs-vaccine-booking.com/pay');
    expect(link.closest('a, button')).toBeNull();
    for (let i = 0; i < 3; i++) await user.click(link);
    await screen.findByText(words('ui', 'practice.highlighted'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title('delete-text'));
    const remove = screen.getByRole('button', { name: words('practice', 'screens.sms-scam-text.delete') });
    expect(remove.classList.contains('pr-highlight')).toBe(true);
  });

  it('marks the sender’s address when tapped, and opens nothing: the lesson’s Next goes on', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', `#/lesson/${LESSON}/${stepNumber(LESSON, 'check-sender')}`);
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: title('check-sender') });
    await user.click(screen.getByRole('button', { name: addressOf('nhs-scam') }));
    await screen.findByText(words('ui', 'practice.well-done'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title('check-sender'));
    await user.click(screen.getByRole('button', { name: words('ui', 'player.next') }));
    await screen.findByRole('heading', { level: 1, name: title('junk-email') });
  });
});

import { screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner, unlockVolunteerScreens } from './app-harness';

// The sync client's code cannot be fetched: offline, and not kept on the tablet.
vi.mock('../../src/sync/sync', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);

beforeEach(() => freshTablet());

describe('when the sync client’s code is not on the tablet', () => {
  it('the volunteer’s hub section says so, instead of loading for ever', async () => {
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    await unlockVolunteerScreens(user);
    const hub = screen.getByRole('region', { name: ui('hub-setup.title') });
    await within(hub).findByText(ui('hub-setup.missing'));
    expect(within(hub).queryByText(ui('loading'))).toBeNull();
  });

  it('the learner still learns: their home opens, with no status', async () => {
    await signedInLearner('Sam');
    await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: ui('home.hello', { name: 'Sam' }) });
    expect(document.querySelector('.hub-status')?.textContent).toBe('');
  });
});

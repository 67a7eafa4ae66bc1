import { render, screen, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { forgetLearners } from '../../src/app/learners-state';
import { startI18n } from '../../src/i18n/i18n';
import { resetDb } from '../../src/store/db';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';

const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);

beforeEach(freshTablet);
afterEach(() => {
  vi.restoreAllMocks();
});

describe('when the tablet cannot save', () => {
  it('says so plainly, never "saved", and saves when the learner tries again', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', '#/lesson/tablet-basics/1');
    const { user, close } = await openHubsteps();
    await screen.findByText(ui('save.saved'));

    // The disk is full: every write fails, even after the store reopens the database.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: ui('player.next') }));
    const status = document.querySelector('.save-status') as HTMLElement;
    // The failure is an alert, heard at once.
    await within(within(status).getByRole('alert')).findByText(ui('save.failed_one', { count: 1 }), {
      exact: false,
    });
    expect(within(status).queryByText(ui('save.saved'))).toBeNull();

    put.mockRestore();
    await user.click(within(status).getByRole('button', { name: ui('save.retry') }));
    // Saved is shown, but not announced on every tap, over the hints.
    const saved = await within(status).findByText(ui('save.saved'));
    expect(saved.closest('[role="status"], [role="alert"], [aria-live]')).toBeNull();

    // What was saved on the second try is there after the app is closed and opened again.
    close();
    history.replaceState(null, '', '#/');
    await openHubsteps();
    const card = screen.getByRole('heading', { level: 3, name: words('tablet-basics', 'title') }).closest('li');
    expect(within(card as HTMLElement).getByText(ui('home.state.in-progress'))).toBeTruthy();
  });

  it('explains, instead of pretending, when the browser refuses storage altogether', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('Storage is not allowed', 'SecurityError');
    });
    resetDb();
    forgetLearners();
    await startI18n();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: ui('storage.title') });
    expect(screen.getByText(ui('storage.unavailable'))).toBeTruthy();
    expect(screen.queryByRole('link', { name: ui('home.start') })).toBeNull();
  });
});

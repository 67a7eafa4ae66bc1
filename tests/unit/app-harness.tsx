import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { App } from '../../src/app/App';
import { forgetLearner } from '../../src/app/use-learning';
import { startI18n } from '../../src/i18n/i18n';
import { resetDb } from '../../src/store/db';

/** A fresh tablet: an empty database and the home page. */
export async function freshTablet(): Promise<void> {
  resetDb();
  forgetLearner();
  globalThis.indexedDB = new IDBFactory();
  history.replaceState(null, '', '#/');
}

export type User = ReturnType<typeof userEvent.setup>;

/** Opens Hubsteps as a learner would, and waits for the first screen. */
export async function openHubsteps(): Promise<{ user: User; close: () => void }> {
  await startI18n();
  const user = userEvent.setup();
  const { unmount } = render(<App />);
  await screen.findByRole('heading', { level: 1 });
  // Closing drops the connection as a reload would; the database stays.
  const close = () => {
    unmount();
    resetDb();
    forgetLearner();
  };
  return { user, close };
}

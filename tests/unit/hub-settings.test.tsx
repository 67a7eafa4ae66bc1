import { act, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EnrolOutcome } from '../../src/sync/sync';
import { words } from '../content';
import { freshTablet, openHubsteps, type User, unlockVolunteerScreens } from './app-harness';
import { axeViolations } from './axe';
import { enrolled, enrolTablet, HUB_NAME, resetFakeSync, type SyncStatus, setStatus, syncNow } from './fake-sync';

vi.mock('../../src/sync/sync', () => import('./fake-sync'));

const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);

beforeEach(async () => {
  await freshTablet();
  resetFakeSync();
});

async function openSettings(): Promise<{ user: User; hub: HTMLElement }> {
  history.replaceState(null, '', '#/settings');
  const { user } = await openHubsteps();
  await unlockVolunteerScreens(user);
  const hub = screen.getByRole('region', { name: ui('hub-setup.title') });
  // The sync client loads on its own, after the first screen.
  await waitFor(() => expect(within(hub).queryByText(ui('loading'))).toBeNull());
  return { user, hub };
}

const codeField = (hub: HTMLElement) => within(hub).getByRole('textbox', { name: ui('hub-setup.code') });
const setUpButton = (hub: HTMLElement) => within(hub).getByRole('button', { name: ui('hub-setup.set-up') });

describe('setting up the tablet for the hub', () => {
  it('explains why, and asks for the coordinator’s code', async () => {
    const { hub } = await openSettings();
    expect(within(hub).getByText(ui('hub-setup.only-here'))).toBeTruthy();
    expect(within(hub).getByRole('heading', { name: ui('hub-setup.setup-title') })).toBeTruthy();
    expect(codeField(hub).getAttribute('aria-describedby')).toContain('hub-code-hint');
    expect(within(hub).getByText(ui('hub-setup.code-hint'))).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('asks for the code when none was typed, in an error summary that takes focus and links to the field', async () => {
    const { user, hub } = await openSettings();
    await user.click(setUpButton(hub));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: ui('errors.title') })).toBeTruthy();
    await waitFor(() => expect(summary.contains(document.activeElement)).toBe(true));
    expect(enrolTablet).not.toHaveBeenCalled();
    await user.click(within(summary).getByRole('link', { name: ui('hub-setup.error-empty') }));
    expect(document.activeElement).toBe(codeField(hub));
    expect(codeField(hub).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations()).toEqual([]);
  });

  const refusals: [Extract<EnrolOutcome, { ok: false }>['reason'], string][] = [
    ['invalid-code', 'That code is not right. It has 8 letters and numbers. Check it and try again.'],
    ['unknown-code', ui('hub-setup.error-unknown-code')],
    ['expired-code', ui('hub-setup.error-expired-code')],
    ['used-code', ui('hub-setup.error-used-code')],
    ['other-hub', ui('hub-setup.error-other-hub')],
    ['too-many-tries', ui('hub-setup.error-too-many-tries')],
    ['unreachable', ui('hub-setup.error-unreachable')],
  ];
  it.each(refusals)('says what went wrong when the hub says %s', async (reason, message) => {
    enrolTablet.mockResolvedValue({ ok: false, reason });
    const { user, hub } = await openSettings();
    await user.type(codeField(hub), 'abcd 2345');
    await user.click(setUpButton(hub));
    const summary = await screen.findByRole('alert');
    await within(summary).findByText(message);
    // The code is passed on as typed: the client forgives spaces, dashes and lower case.
    expect(enrolTablet).toHaveBeenCalledWith('abcd 2345');
    expect(codeField(hub)).toHaveProperty('value', 'abcd 2345');
    expect(await axeViolations()).toEqual([]);
  });

  it('by keyboard: the code is typed and Enter sets the tablet up; success names the hub', async () => {
    let answer: (outcome: EnrolOutcome) => void = () => undefined;
    enrolTablet.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const { user, hub } = await openSettings();
    codeField(hub).focus();
    await user.keyboard('ABCD-2345{Enter}');
    expect(enrolTablet).toHaveBeenCalledWith('ABCD-2345');
    // While the hub is asked, the button says so and a second Enter sends nothing more.
    const busy = await within(hub).findByRole('button', { name: ui('hub-setup.setting-up') });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(enrolTablet).toHaveBeenCalledTimes(1);

    await act(async () => {
      answer({ ok: true, hubName: HUB_NAME });
    });
    setStatus(enrolled());
    const done = await within(hub).findByText(ui('hub-setup.done', { hub: HUB_NAME }));
    expect(done.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(within(hub).queryByRole('textbox')).toBeNull();
    expect(within(hub).getByText(HUB_NAME)).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('offers the form again, with a word on why, when the hub has disconnected the tablet', async () => {
    resetFakeSync(enrolled({ state: 'revoked' }));
    const { hub } = await openSettings();
    expect(within(hub).getByText(ui('hub.revoked'))).toBeTruthy();
    expect(within(hub).getByText(ui('hub-setup.again'))).toBeTruthy();
    expect(codeField(hub)).toBeTruthy();
    expect(within(hub).queryByRole('button', { name: ui('hub-setup.sync-now') })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('a tablet set up for the hub', () => {
  const afterSync: [string, SyncStatus, string][] = [
    ['everything was saved', enrolled({ lastSyncedAt: new Date().toISOString() }), ui('hub-setup.synced')],
    ['some is still waiting', enrolled({ waiting: 3 }), ui('hub-setup.synced-waiting', { count: 3 })],
    ['the hub did not answer', enrolled({ state: 'unreachable', waiting: 3 }), ui('hub-setup.sync-unreachable')],
    ['there is no Wi-fi', enrolled({ state: 'waiting-for-wifi', waiting: 3 }), ui('hub-setup.sync-wifi')],
    ['the hub disconnected it', enrolled({ state: 'revoked', waiting: 3 }), ui('hub.revoked')],
  ];

  it.each(afterSync)('shows the hub and the status; "Sync now" says what happened when %s', async (_, after, said) => {
    resetFakeSync(enrolled({ waiting: 3, state: 'idle' }));
    let finish: () => void = () => undefined;
    syncNow.mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    const { user, hub } = await openSettings();
    expect(within(hub).getByText(HUB_NAME)).toBeTruthy();
    expect(within(hub).getByText(ui('hub.waiting', { count: 3 }))).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    // By keyboard: the button is reached and pressed with Enter.
    within(hub)
      .getByRole('button', { name: ui('hub-setup.sync-now') })
      .focus();
    await user.keyboard('{Enter}');
    setStatus(enrolled({ waiting: 3, state: 'sending' }));
    const sending = within(hub).getByRole('button', { name: ui('hub.sending') });
    expect(sending.getAttribute('aria-disabled')).toBe('true');
    expect(within(hub).getAllByText(ui('hub.sending'))).toHaveLength(2);
    expect(await axeViolations()).toEqual([]);
    // Pressed again while sending: nothing more is asked of the hub, and focus stays on the button.
    await user.click(sending);
    expect(syncNow).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(sending);

    setStatus(after);
    await act(async () => finish());
    const status = await within(hub).findByText(said, { selector: '[role="status"]' });
    if (after.state === 'revoked') {
      // The button is gone with the connection: focus goes to the words that say why.
      await waitFor(() => expect(document.activeElement).toBe(status));
    } else {
      const again = within(hub).getByRole('button', { name: ui('hub-setup.sync-now') });
      expect(again.getAttribute('aria-disabled')).toBeNull();
      expect(document.activeElement).toBe(again);
    }
  });
});

import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coordinator } from '../../src/coordinator/Coordinator';
import { axeViolations } from './axe';
import { EMAIL, FakeHubServer, PASSWORD, refusal, TOKEN } from './coordinator-server';

/** The coordinator's clock: 10:00 local time on 30 November 2026. */
const NOW = new Date(2026, 10, 30, 10, 0);
const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * 3600_000).toISOString();
const SESSION_KEY = 'hubsteps-coordinator-session';

let server: FakeHubServer;

beforeEach(() => {
  sessionStorage.clear();
  server = new FakeHubServer();
  server.tablets = [
    {
      deviceId: 'device-1',
      name: 'Tablet 1',
      enrolledAt: new Date(2026, 10, 2, 9, 30).toISOString(),
      revokedAt: null,
      lastSyncAt: hoursBefore(3),
      waiting: 12,
      gaps: [
        { from: 4, to: 6, kind: 'unexplained' },
        { from: 9, to: 10, kind: 'discarded' },
      ],
    },
    {
      deviceId: 'device-2',
      name: 'Tablet 2',
      enrolledAt: new Date(2026, 10, 3, 11, 0).toISOString(),
      revokedAt: new Date(2026, 10, 29, 16, 0).toISOString(),
      lastSyncAt: null,
      waiting: 0,
      gaps: [],
    },
  ];
  vi.stubGlobal('fetch', server.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const openPage = () => {
  const user = userEvent.setup();
  render(<Coordinator now={() => NOW} />);
  return user;
};

/** The h1 of the screen now shown, once it is there. */
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

async function expectFocusOn(name: string | RegExp) {
  const h1 = await heading(name);
  await waitFor(() => expect(document.activeElement).toBe(h1));
}

/** Signs in as the coordinator would, by keyboard: type, Enter. */
async function signIn(user: ReturnType<typeof userEvent.setup>, password = PASSWORD) {
  await user.type(screen.getByLabelText('Email address'), EMAIL);
  await user.type(screen.getByLabelText('Password'), `${password}{Enter}`);
}

/** A signed-in coordinator on the hub's page, with its tablets listed. */
async function signedIn() {
  server.knowsSession();
  sessionStorage.setItem(SESSION_KEY, TOKEN);
  const user = openPage();
  await heading('Library hub');
  await screen.findByRole('table');
  return user;
}

/** A tablet's row, cell by column name. */
function rowOf(tablet: string): Record<string, string> {
  const row = screen.getByRole('rowheader', { name: tablet }).closest('tr') as HTMLTableRowElement;
  const names = within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((th) => th.textContent ?? '');
  return Object.fromEntries([...row.cells].map((cell, i) => [names[i] ?? '', cell.textContent ?? '']));
}

describe('signing in', () => {
  it('takes the coordinator to their hub, keeping the session for this tab only', async () => {
    const user = openPage();
    await expectFocusOn('Sign in');
    expect(await axeViolations()).toEqual([]);

    await signIn(user);
    await expectFocusOn('Library hub');
    expect(server.made('POST /api/session').map((r) => r.body)).toEqual([{ email: EMAIL, password: PASSWORD }]);
    expect(sessionStorage.getItem(SESSION_KEY)).toBe(TOKEN);
    await screen.findByRole('rowheader', { name: 'Tablet 1' });
    expect(server.made('GET /api/devices').map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`]);
    expect(await axeViolations()).toEqual([]);
  });

  it('asks for what is missing before asking the server', async () => {
    const user = openPage();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Enter your email address', 'Enter your password']);
    expect(document.activeElement).toBe(summary);
    expect(server.requests).toEqual([]);
    // Each problem leads to its field.
    await user.click(within(summary).getByRole('link', { name: 'Enter your password' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    expect(await axeViolations()).toEqual([]);
  });

  it('says plainly that the email or password is wrong, and stays signed out', async () => {
    const user = openPage();
    await signIn(user, 'not the password');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The email address or the password is not right.');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('after too many tries, says how long to wait (Retry-After)', async () => {
    server.answer('POST /api/session', () => refusal(429, 'too-many-tries', { 'retry-after': '540' }));
    const user = openPage();
    await signIn(user);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Too many tries at signing in. Try again in 9 minutes.',
    );
  });

  it('says when the hub server cannot be reached', async () => {
    server.answer('POST /api/session', () => 'no-answer');
    const user = openPage();
    await signIn(user);
    expect((await screen.findByRole('alert')).textContent).toContain('The hub server could not be reached.');
  });
});

describe("the hub's tablets", () => {
  it('lists each tablet: set up, last sync, waiting work, missing steps by kind, revoked', async () => {
    await signedIn();
    expect(rowOf('Tablet 1')).toEqual({
      Tablet: 'Tablet 1',
      'Set up': '2 Nov 2026',
      'Last sync': '3 hours ago 30 Nov 2026, 07:00',
      'Waiting to send': '12 steps',
      'Missing steps': '3 not explained2 discarded',
      Status: 'In useRevoke Tablet 1',
    });
    expect(rowOf('Tablet 2')).toEqual({
      Tablet: 'Tablet 2',
      'Set up': '3 Nov 2026',
      'Last sync': 'Never',
      'Waiting to send': 'None',
      'Missing steps': 'None',
      Status: 'Revoked 29 Nov 2026',
    });
    expect(screen.getByText(/"Discarded" ones were thrown away on the tablet on purpose/)).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('says how long ago each tablet last synced, in the unit that reads best', async () => {
    const synced = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
    const ago = [20_000, 5 * 60_000, 26 * 3600_000, 40 * 86400_000, 400 * 86400_000];
    server.tablets = ago.map((ms, i) => ({
      deviceId: `device-${i}`,
      name: `Tablet ${i}`,
      enrolledAt: synced(500 * 86400_000),
      revokedAt: null,
      lastSyncAt: synced(ms),
    }));
    await signedIn();
    expect(ago.map((_, i) => rowOf(`Tablet ${i}`)['Last sync']?.replace(/ \d.*$/, ''))).toEqual([
      'just now',
      '5 minutes ago',
      'yesterday',
      'last month',
      'last year',
    ]);
  });

  it('shows "—" for what a server does not send yet', async () => {
    server.tablets = [
      { deviceId: 'device-3', name: 'Tablet 3', enrolledAt: new Date(2026, 10, 4).toISOString(), revokedAt: null },
    ];
    await signedIn();
    expect(rowOf('Tablet 3')).toMatchObject({ 'Last sync': '—', 'Waiting to send': '—', 'Missing steps': '—' });
  });

  it('says when there are none yet', async () => {
    server.tablets = [];
    server.knowsSession();
    sessionStorage.setItem(SESSION_KEY, TOKEN);
    openPage();
    await screen.findByText(/No tablets are set up for this hub yet/);
  });

  it('offers to try again when the list cannot be fetched', async () => {
    server.answer('GET /api/devices', () => 'no-answer');
    server.knowsSession();
    sessionStorage.setItem(SESSION_KEY, TOKEN);
    const user = openPage();
    expect((await screen.findByRole('alert')).textContent).toContain('The hub server could not be reached.');
    server.answer('GET /api/devices', () => ({ status: 200, body: { devices: server.tablets } }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('rowheader', { name: 'Tablet 1' });
  });
});

describe('an enrolment code', () => {
  it('is shown large, in groups to read aloud, with when it runs out and what to do with it', async () => {
    const user = await signedIn();
    await user.click(screen.getByRole('button', { name: 'Make an enrolment code' }));
    await expectFocusOn('Enrolment code');
    expect(server.made('POST /api/enrolment-codes').map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`]);
    expect(screen.getByText('ABCD').className).toBe('co-code-group');
    expect(screen.getByText('EFGH').className).toBe('co-code-group');
    expect(screen.getByText('A B C D, E F G H')).toBeTruthy();
    expect(screen.getByText('Valid until 14:05 tomorrow.')).toBeTruthy();
    expect(screen.getByText('On the tablet: Settings → Set up this tablet for the hub.')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Back to the tablets' }));
    await expectFocusOn('Library hub');
  });

  it('says "today" for a code that runs out before midnight', async () => {
    server.code = { code: 'QRST2345', expiresAt: new Date(2026, 10, 30, 23, 30).toISOString() };
    const user = await signedIn();
    await user.click(screen.getByRole('button', { name: 'Make an enrolment code' }));
    await screen.findByText('Valid until 23:30 today.');
  });
});

describe('revoking a tablet', () => {
  it('asks first, naming the tablet; cancelling revokes nothing', async () => {
    const user = await signedIn();
    // The revoked tablet has no button.
    expect(screen.queryByRole('button', { name: 'Revoke Tablet 2' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Revoke Tablet 1' }));
    await expectFocusOn('Revoke Tablet 1?');
    expect(screen.getByText(/Tablet 1 will stop sending progress to the hub at once/)).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await expectFocusOn('Library hub');
    expect(server.requests.filter((r) => r.path.endsWith('/revoke'))).toEqual([]);
    expect(rowOf('Tablet 1').Status).toBe('In useRevoke Tablet 1');
  });

  it('revokes it once confirmed, and the list shows it', async () => {
    const user = await signedIn();
    await user.click(screen.getByRole('button', { name: 'Revoke Tablet 1' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, revoke Tablet 1' }));
    await expectFocusOn('Library hub');
    expect(server.made('POST /api/devices/device-1/revoke').map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`]);
    expect(screen.getByText('Tablet 1 is revoked: it can no longer send or get progress.').getAttribute('role')).toBe(
      'status',
    );
    await waitFor(() => expect(rowOf('Tablet 1').Status).toBe('Revoked 30 Nov 2026'));
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when it cannot be done, and stays on the question', async () => {
    server.answer('POST /api/devices/device-1/revoke', () => refusal(404, 'no-such-device'));
    const user = await signedIn();
    await user.click(screen.getByRole('button', { name: 'Revoke Tablet 1' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, revoke Tablet 1' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This tablet is no longer on this hub.');

    // A proxy's error page in front of the server: no message of the server's own.
    server.answer('POST /api/devices/device-1/revoke', () => ({ status: 502, body: '<html>Bad gateway</html>' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke Tablet 1' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The hub server could not do this (it answered 502). Try again later.',
      ),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Revoke Tablet 1?');
  });
});

describe('the Wi-fi setting', () => {
  it("shows the hub's choice and saves a change at once", async () => {
    const user = await signedIn();
    const box = (await screen.findByRole('checkbox', { name: 'Send progress only on Wi-fi' })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await user.click(box);
    await screen.findByText('Saved: tablets send progress on any connection.');
    expect(server.made('PATCH /api/hub').map((r) => [r.authorization, r.body])).toEqual([
      [`Bearer ${TOKEN}`, { wifiOnly: false }],
    ]);
    expect(box.checked).toBe(false);
    expect(await axeViolations()).toEqual([]);

    await user.click(box);
    await screen.findByText('Saved: tablets send progress only on Wi-fi.');
    expect(server.hub.wifiOnly).toBe(true);
  });

  it('goes back to what the hub has when the change is refused', async () => {
    server.answer('PATCH /api/hub', () => refusal(400, 'invalid-input'));
    const user = await signedIn();
    const box = (await screen.findByRole('checkbox', { name: 'Send progress only on Wi-fi' })) as HTMLInputElement;
    await user.click(box);
    await screen.findByText(/This setting could not be saved\. Try again\./);
    expect(box.checked).toBe(true);
  });

  it('says so when the server does not have the setting, and the page still works', async () => {
    server.answer('GET /api/hub', () => refusal(404, 'not-found'));
    server.knowsSession();
    sessionStorage.setItem(SESSION_KEY, TOKEN);
    openPage();
    await expectFocusOn('Your hub');
    await screen.findByText('This setting could not be loaded from the hub server.');
    expect(screen.queryByRole('checkbox')).toBeNull();
    await screen.findByRole('rowheader', { name: 'Tablet 1' });
  });
});

describe('the end of a session', () => {
  it('a 401 takes the coordinator back to sign in, saying why', async () => {
    const user = await signedIn();
    server.endSessions();
    await user.click(screen.getByRole('button', { name: 'Make an enrolment code' }));
    await expectFocusOn('Sign in');
    expect(screen.getByText('You were signed out: your session has ended. Sign in again.')).toBeTruthy();
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
    expect(await axeViolations()).toEqual([]);

    // And signing in again carries on.
    await signIn(user);
    await expectFocusOn('Library hub');
  });

  it('a session that ended while the page was closed goes to sign in at once', async () => {
    sessionStorage.setItem(SESSION_KEY, 'an-old-token');
    openPage();
    await expectFocusOn('Sign in');
    expect(screen.getByText('You were signed out: your session has ended. Sign in again.')).toBeTruthy();
  });

  it('signing out ends the session on the server too', async () => {
    const user = await signedIn();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await expectFocusOn('Sign in');
    expect(screen.getByText('You have signed out.')).toBeTruthy();
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
    await waitFor(() =>
      expect(server.made('DELETE /api/session').map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`]),
    );
  });
});

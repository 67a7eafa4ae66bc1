import { screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { isIPad } from '../../src/offline/device';
import { words } from '../content';
import { freshTablet, openHubsteps, unlockVolunteerScreens } from './app-harness';
import { axeViolations } from './axe';

const ui = (key: string) => words('ui', key);

/** What browsers on these tablets say about themselves. */
const DEVICES = {
  // iPadOS Safari asks for desktop sites and says it is a Mac, but has a touch screen.
  iPad: {
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    platform: 'MacIntel',
    maxTouchPoints: 5,
  },
  'older iPad': {
    userAgent:
      'Mozilla/5.0 (iPad; CPU OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    platform: 'iPad',
    maxTouchPoints: 5,
  },
  Mac: {
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    platform: 'MacIntel',
    maxTouchPoints: 0,
  },
  Android: {
    userAgent:
      'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    platform: 'Linux armv8l',
    maxTouchPoints: 10,
  },
};

const stubbed = new Set<string>();

/** This browser says what the device's says; `standalone` is Safari's "opened from the Home Screen". */
function pretendToBe(device: keyof typeof DEVICES, { standalone }: { standalone?: boolean } = {}): void {
  const facts = { ...DEVICES[device], ...(standalone === undefined ? {} : { standalone }) };
  for (const [key, value] of Object.entries(facts)) {
    Object.defineProperty(navigator, key, { value, configurable: true });
    stubbed.add(key);
  }
}

afterEach(() => {
  // The navigator's own answers come back from its prototype.
  for (const key of stubbed) Reflect.deleteProperty(navigator, key);
  stubbed.clear();
});

/** A new tablet, its language chosen, at its first set-up. */
async function firstSetUp() {
  await freshTablet({ volunteerPin: null });
  const opened = await openHubsteps();
  await screen.findByRole('heading', { level: 1, name: ui('volunteer.setup-title') });
  return opened;
}

/** Settings, behind the volunteer PIN. */
async function settings() {
  await freshTablet();
  history.replaceState(null, '', '#/settings');
  const opened = await openHubsteps();
  await unlockVolunteerScreens(opened.user);
  return opened;
}

describe('an iPad', () => {
  it.each([
    ['iPad', true],
    ['older iPad', true],
    ['Mac', false],
    ['Android', false],
  ] as const)('is told from what the browser says: %s', (device, expected) => {
    expect(isIPad(DEVICES[device])).toBe(expected);
  });
});

describe('the first set-up of a tablet', () => {
  it('on an iPad, shows first how to add Hubsteps to the Home Screen and why, and the PIN after “Do this later”', async () => {
    pretendToBe('iPad');
    const { user } = await firstSetUp();
    expect(screen.getByRole('heading', { level: 2, name: ui('install.title') })).toBeTruthy();
    expect(screen.getByText(ui('install.setup-why'))).toBeTruthy();
    const steps = screen.getByRole('list');
    for (const key of ['install.ipad-share', 'install.ipad-add', 'install.ipad-open']) {
      expect(within(steps).getByText(ui(key))).toBeTruthy();
    }
    // One thing at a time: the PIN is not asked yet.
    expect(screen.queryByRole('group', { name: ui('volunteer.pin-choose') })).toBeNull();
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: ui('install.later') }));
    const pad = await screen.findByRole('group', { name: ui('volunteer.pin-choose') });
    expect(screen.getByRole('heading', { level: 1, name: ui('volunteer.setup-title') })).toBeTruthy();
    expect(screen.queryByText(ui('install.setup-why'))).toBeNull();
    // The focus was on the button that went: it is on the PIN's first key, what comes next.
    await waitFor(() => expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '1' })));
    expect(await axeViolations()).toEqual([]);
  });

  it.each([
    ['Android', {}],
    ['iPad', { standalone: true }],
  ] as const)('asks for the PIN straight away on %s %o', async (device, opened) => {
    pretendToBe(device, opened);
    await firstSetUp();
    expect(await screen.findByRole('group', { name: ui('volunteer.pin-choose') })).toBeTruthy();
    expect(screen.queryByText(ui('install.ipad-share'))).toBeNull();
    expect(screen.queryByText(ui('install.setup-why'))).toBeNull();
  });
});

describe('settings', () => {
  it('on an iPad in Safari, warns near the top that progress may be deleted, with a way to the steps', async () => {
    pretendToBe('iPad');
    const { user } = await settings();
    const warning = screen.getByText(ui('install.may-delete'));
    const title = screen.getByRole('heading', { level: 1, name: ui('settings.title') });
    // Right under the heading, before the first section.
    expect(title.nextElementSibling?.contains(warning)).toBe(true);
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('link', { name: ui('install.how') }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: ui('install.title') }));
    // Still on settings: the link did not change the screen.
    expect(location.hash).toBe('#/settings');
    expect(screen.getByText(ui('install.ipad-share'))).toBeTruthy();
  });

  it.each([
    ['iPad', { standalone: true }],
    ['Android', {}],
  ] as const)('has no such warning on %s %o', async (device, opened) => {
    pretendToBe(device, opened);
    await settings();
    expect(screen.queryByText(ui('install.may-delete'))).toBeNull();
    expect(screen.queryByRole('link', { name: ui('install.how') })).toBeNull();
  });
});

import { act, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveProfile } from '../../src/app/learners-state';
import { listLearners } from '../../src/store/learners';
import { unsyncedCount } from '../../src/store/removals';
import { words, wordsIn } from '../content';
import {
  aLearner,
  findShown,
  freshTablet,
  openHubsteps,
  signedInLearner,
  type User,
  unlockVolunteerScreens,
} from './app-harness';

const ui = (key: string, vars?: Record<string, string | number>) => words('ui', key, vars);
const hello = (name: string) => ui('home.hello', { name });

beforeEach(freshTablet);
afterEach(() => {
  vi.useRealTimers();
});

/** Once the keys can be pressed, taps a PIN, then waits until it has been checked (the keys work again, or are gone). */
async function tapPin(user: User, pin: string) {
  await waitFor(() => expect((screen.getByRole('button', { name: '1' }) as HTMLButtonElement).disabled).toBe(false));
  for (const digit of pin) await user.click(screen.getByRole('button', { name: digit }));
  await waitFor(() =>
    expect((screen.queryByRole('button', { name: '1' }) as HTMLButtonElement | null)?.disabled).not.toBe(true),
  );
}

describe('a new learner', () => {
  it('makes a profile with a nickname, a picture and a PIN, and gets a learner card', async () => {
    const { user } = await openHubsteps();
    expect(screen.getByRole('heading', { level: 1, name: ui('who.title') })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: ui('who.new') }));
    await screen.findByRole('heading', { level: 1, name: ui('new.title') });

    // The tablet's language is chosen already.
    expect(screen.getByRole('radio', { name: 'English' })).toHaveProperty('checked', true);
    await user.type(screen.getByRole('textbox', { name: ui('new.nickname') }), 'Amina');
    await user.click(screen.getByRole('radio', { name: ui('avatars.avatar-teapot') }));
    await user.click(screen.getByRole('radio', { name: ui('new.size-large') }));
    await user.click(screen.getByRole('radio', { name: ui('new.lock-pin') }));
    await tapPin(user, '2580');
    await screen.findByRole('group', { name: ui('new.pin-confirm') });
    await tapPin(user, '2580');
    await findShown(ui('new.pin-set'));
    await user.click(screen.getByRole('button', { name: ui('new.save') }));

    await screen.findByRole('heading', { level: 1, name: ui('card.title') });
    const card = screen.getByRole('region', { name: ui('card.title') });
    expect(within(card).getByText('Amina')).toBeTruthy();
    const code = within(card).getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/).textContent ?? '';
    expect(code).not.toMatch(/[01ILO]/);
    expect(within(card).getByRole('img', { name: ui('card.qr', { code }) })).toBeTruthy();
    expect(document.documentElement.style.fontSize).toBe('125%');

    await user.click(screen.getByRole('link', { name: ui('card.start') }));
    await screen.findByRole('heading', { level: 1, name: hello('Amina') });
  });

  it('is told plainly what is missing, and that an email address is not a nickname', async () => {
    history.replaceState(null, '', '#/new');
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: ui('new.save') }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: ui('new.error-nickname') })).toBeTruthy();
    expect(within(alert).getByRole('link', { name: ui('new.error-avatar') })).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: ui('new.nickname') }), 'amina@example.org');
    await user.click(screen.getByRole('button', { name: ui('new.save') }));
    expect(await screen.findAllByText(ui('new.error-personal'))).not.toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1, name: ui('new.title') })).toBeTruthy();
  });
});

describe('a learner who chose the owl, before it was taken out', () => {
  it('still shows, drawn as the teapot that took its place, and new learners are offered the teapot, not the owl', async () => {
    // As stored on tablets and at the hub before the change: the id "avatar-owl" stays in their profiles and events.
    const owl = await aLearner('Hamid');
    await saveProfile({ ...owl, avatar: 'avatar-owl' });
    const { user } = await openHubsteps();
    const tile = screen.getByRole('button', { name: 'Hamid' });
    const drawn = tile.querySelector('img')?.getAttribute('src') ?? '';

    await user.click(screen.getByRole('link', { name: ui('who.new') }));
    await screen.findByRole('heading', { level: 1, name: ui('new.title') });
    const choices = within(screen.getByRole('group', { name: ui('new.avatar') })).getAllByRole('radio');
    const pictureOf = (radio: HTMLElement) => radio.closest('label')?.querySelector('img')?.getAttribute('src');
    const teapot = screen.getByRole('radio', { name: ui('avatars.avatar-teapot') });
    expect(drawn).not.toBe('');
    expect(drawn).toBe(pictureOf(teapot));
    expect(choices).toHaveLength(12);
    expect(choices.map((c) => (c as HTMLInputElement).value)).not.toContain('avatar-owl');
    expect(choices.map(pictureOf).filter((src) => src === drawn)).toHaveLength(1);
    expect(choices.map((c) => c.closest('label')?.textContent)).not.toContain('Owl');
  });
});

describe('a new learner’s language', () => {
  const ur = (key: string, vars?: Record<string, string | number>) => wordsIn('ur', 'ui', key, vars);

  it('is the first thing asked, each language named in its own script', async () => {
    history.replaceState(null, '', '#/new');
    await openHubsteps();
    const form = await screen.findByRole('form', { name: ui('new.title') });
    const first = within(form).getAllByRole('group')[0];
    expect(first).toBe(within(form).getByRole('group', { name: ui('new.language') }));
    for (const name of ['English', 'اردو', 'বাংলা', 'Polski', 'ગુજરાતી']) {
      expect(within(first as HTMLElement).getByRole('radio', { name })).toBeTruthy();
    }
  });

  it('changes the rest of the form to it, right to left for Urdu, and is the learner’s language once saved', async () => {
    history.replaceState(null, '', '#/new');
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: ui('new.title') });
    await user.click(screen.getByRole('radio', { name: 'اردو' }));

    await screen.findByRole('heading', { level: 1, name: ur('new.title') });
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ur', 'rtl']);
    // The choice keeps its place, so the learner can see what they chose.
    expect(screen.getByRole('radio', { name: 'اردو' })).toHaveProperty('checked', true);
    await user.type(screen.getByRole('textbox', { name: ur('new.nickname') }), 'Amina');
    await user.click(screen.getByRole('radio', { name: ur('avatars.avatar-teapot') }));
    await user.click(screen.getByRole('button', { name: ur('new.save') }));

    await screen.findByRole('heading', { level: 1, name: ur('card.title') });
    await user.click(screen.getByRole('link', { name: ur('card.start') }));
    await screen.findByRole('heading', { level: 1, name: ur('home.hello', { name: 'Amina' }) });
    expect((await listLearners()).find((l) => l.nickname === 'Amina')?.language).toBe('ur');
  });

  it('goes back to the tablet’s language when the learner leaves the form without saving', async () => {
    history.replaceState(null, '', '#/new');
    const { user } = await openHubsteps();
    await screen.findByRole('heading', { level: 1, name: ui('new.title') });
    await user.click(screen.getByRole('radio', { name: 'বাংলা' }));
    await screen.findByRole('heading', { level: 1, name: wordsIn('bn', 'ui', 'new.title') });
    expect(document.documentElement.lang).toBe('bn');

    await user.click(screen.getByRole('link', { name: wordsIn('bn', 'ui', 'new.back') }));
    await screen.findByRole('heading', { level: 1, name: ui('who.title') });
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['en', 'ltr']);
  });
});

describe('signing in', () => {
  it('with a picture password', async () => {
    await aLearner('Jan', { kind: 'pictures', value: 'key-moon,key-cup,key-car' });
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'Jan' }));
    await screen.findByRole('group', { name: ui('sign-in.pictures') });
    // The pictures can be tapped once the wrong tries so far are read from the tablet.
    await waitFor(() =>
      expect((screen.getByRole('button', { name: ui('pictures.key-moon') }) as HTMLButtonElement).disabled).toBe(false),
    );
    for (const name of ['key-moon', 'key-cup', 'key-car']) {
      await user.click(screen.getByRole('button', { name: ui(`pictures.${name}`) }));
    }
    await screen.findByRole('heading', { level: 1, name: hello('Jan') });
  });

  it('with a PIN, after a wrong one is refused: no greeting until it is right', async () => {
    await aLearner('Priya', { kind: 'pin', value: '1357' });
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'Priya' }));
    await screen.findByRole('group', { name: ui('sign-in.pin') });
    // Whose PIN it is, by nickname: nobody is greeted before the PIN is right.
    expect(screen.getByRole('heading', { level: 1, name: 'Priya' })).toBeTruthy();
    expect(screen.queryByText(hello('Priya'))).toBeNull();

    await tapPin(user, '1111');
    // At the top, "There is a problem", with the message as a link to the pad ...
    await screen.findByRole('heading', { name: ui('errors.title') });
    const link = screen.getByRole('link', { name: ui('sign-in.wrong-pin') });
    // ... and the message again at the pad itself, where focus stays for the next try.
    const pad = screen.getByRole('group', {
      name: ui('sign-in.pin'),
      description: `${ui('errors.prefix')} ${ui('sign-in.wrong-pin')}`,
    });
    await waitFor(() => expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '1' })));
    // The summary's link leads to the pad's first key too.
    await user.click(link);
    expect(document.activeElement).toBe(within(pad).getByRole('button', { name: '1' }));
    expect(screen.queryByText(hello('Priya'))).toBeNull();

    await tapPin(user, '1357');
    await screen.findByRole('heading', { level: 1, name: hello('Priya') });
    expect(screen.queryByRole('heading', { name: ui('errors.title') })).toBeNull();
  });

  it('stops after 5 wrong PINs and asks to wait', async () => {
    await aLearner('Tomasz', { kind: 'pin', value: '9999' });
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: 'Tomasz' }));
    for (let i = 0; i < 5; i++) {
      await screen.findByRole('group', { name: ui('sign-in.pin') });
      await tapPin(user, '1234');
    }
    await findShown(ui('sign-in.locked'));
    expect(screen.queryByRole('group', { name: ui('sign-in.pin') })).toBeNull();
  });

  it('finds one learner among 200 by nickname', async () => {
    for (let i = 1; i <= 199; i++) await aLearner(`Learner ${i}`);
    await aLearner('Zoë');
    const { user } = await openHubsteps();
    expect(screen.getAllByRole('button', { name: /^Learner \d+$/ })).toHaveLength(199);
    await user.type(screen.getByRole('searchbox', { name: ui('who.search') }), 'zoe');
    expect(screen.queryAllByRole('button', { name: /^Learner \d+$/ })).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Zoë' }));
    await screen.findByRole('heading', { level: 1, name: hello('Zoë') });
  });

  it('shows everyone in nickname order, whatever their case or accents', async () => {
    for (const name of ['zara', 'Émile', 'Bob', 'amina']) await aLearner(name);
    await openHubsteps();
    const tiles = screen.getAllByRole('button').filter((b) => b.classList.contains('who-tile'));
    expect(tiles.map((b) => b.textContent)).toEqual(['amina', 'Bob', 'Émile', 'zara']);
  });
});

describe('privacy on a shared tablet', () => {
  it('signing out goes back to "Who is learning today?"', async () => {
    await signedInLearner('Sam');
    const { user } = await openHubsteps();
    await user.click(screen.getByRole('button', { name: ui('home.sign-out', { name: 'Sam' }) }));
    await screen.findByRole('heading', { level: 1, name: ui('who.title') });
  });

  it('signs out after 10 minutes without a tap, with a warning first', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await signedInLearner('Sam');
    const { user } = await openHubsteps();
    await act(() => {
      vi.advanceTimersByTime(9 * 60_000 + 1000);
    });
    const warning = await screen.findByRole('alertdialog', { name: ui('idle.title') });
    await user.click(within(warning).getByRole('button', { name: ui('idle.stay') }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: hello('Sam') })).toBeTruthy();

    await act(() => {
      vi.advanceTimersByTime(10 * 60_000 + 1000);
    });
    await screen.findByRole('heading', { level: 1, name: ui('who.title') });
  });

  it('lets only a volunteer remove a learner, saying how much unsent work goes with them', async () => {
    await signedInLearner('Sam');
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    // A learner who opens settings meets the volunteer lock, not the list of learners.
    expect(screen.queryByRole('button', { name: ui('learners.remove', { name: 'Sam' }) })).toBeNull();
    await unlockVolunteerScreens(user);
    await user.click(await screen.findByRole('button', { name: ui('learners.remove', { name: 'Sam' }) }));
    // Creating the profile is one event, not yet on the server.
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(ui('learners.unsynced_one', { name: 'Sam', count: 1 }))).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: ui('learners.confirm-remove', { name: 'Sam' }) }));
    await screen.findByText(ui('learners.done-remove', { name: 'Sam' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: ui('learners.remove', { name: 'Sam' }) })).toBeNull(),
    );
    expect(await listLearners()).toEqual([]);
  });

  it('keeps everything when the volunteer decides not to clear the tablet', async () => {
    await aLearner('Sam');
    await aLearner('Ola');
    history.replaceState(null, '', '#/settings');
    const { user } = await openHubsteps();
    await unlockVolunteerScreens(user);
    await user.click(await screen.findByRole('button', { name: ui('learners.clear') }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(ui('learners.clear-unsynced_other', { count: 2 }))).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: ui('learners.cancel') }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: ui('learners.remove', { name: 'Ola' }) })).toBeTruthy();
    // Nothing left the tablet: both learners and their unsent work are still on it.
    expect((await listLearners()).map((l) => l.nickname).sort()).toEqual(['Ola', 'Sam']);
    expect(await unsyncedCount()).toBe(2);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../src/server/accounts';
import { HUB_CREATE_USAGE, hasHub, offerToCreateHub } from '../../src/server/first-start';
import type { Asker } from '../../src/server/terminal';
import { type TempDatabase, tempDatabase } from './temp-db';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await tempDatabase();
});
afterEach(async () => {
  await temp.remove();
});

/** A person at the terminal who gives these answers in turn; what they were asked, and shown. */
function person(answers: string[]) {
  const asked: { question: string; hidden: boolean }[] = [];
  const shown: string[] = [];
  const next = (question: string, hidden: boolean) => {
    asked.push({ question, hidden });
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`no answer left for "${question}"`);
    return Promise.resolve(answer);
  };
  const ask: Asker = { line: (q) => next(q, false), hidden: (q) => next(q, true) };
  return { ask, asked, shown, say: (line: string) => void shown.push(line) };
}

describe('the first start at a terminal', () => {
  it('makes the hub and its coordinator, asking the password twice without showing it', async () => {
    const at = person(['', 'Library hub', ' Sam@Example.org ', 'correct horse battery', 'correct horse battery']);
    expect(await offerToCreateHub(temp.db, at.ask, at.say)).toBe('sam@example.org');
    expect(at.asked.map((a) => a.hidden)).toEqual([false, false, false, true, true]);
    expect(at.shown.at(-1)).toBe('Made the hub "Library hub". Its coordinator signs in as sam@example.org.');
    const session = await signIn(temp.db, { email: 'sam@example.org', password: 'correct horse battery' });
    expect(session.hubId).toMatch(/^hub-/);
  });

  it('says what was wrong and asks again, making nothing until it is right', async () => {
    const at = person([
      'yes',
      'Library hub',
      'sam@example.org',
      'short',
      'short',
      'Library hub',
      'sam@example.org',
      'correct horse battery',
      'correct horse batterY',
      'Library hub',
      'not an email',
      'correct horse battery',
      'correct horse battery',
      'Library hub',
      'sam@example.org',
      'correct horse battery',
      'correct horse battery',
    ]);
    expect(await offerToCreateHub(temp.db, at.ask, at.say)).toBe('sam@example.org');
    expect(at.shown.filter((line) => line.includes('Nothing was made'))).toEqual([
      'password: a password is 10 to 200 characters. Nothing was made; try again (Ctrl+C to stop).',
      'password: the two passwords are not the same. Nothing was made; try again (Ctrl+C to stop).',
      'email: an email address such as name@example.org is needed. Nothing was made; try again (Ctrl+C to stop).',
    ]);
    expect(await temp.db.selectFrom('hubs').select('name').execute()).toEqual([{ name: 'Library hub' }]);
  });

  it('makes nothing when told no, and says how to make the hub later', async () => {
    const at = person(['no']);
    expect(await offerToCreateHub(temp.db, at.ask, at.say)).toBeNull();
    expect(at.shown.at(-1)).toBe(`Make them later with:\n  ${HUB_CREATE_USAGE}`);
    expect(await hasHub(temp.db)).toBe(false);
  });
});

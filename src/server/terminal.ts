/**
 * Questions asked of the person at the terminal that started a server command: a line typed
 * as usual, or a password typed without echo. A password is never taken from the command line,
 * where it would stay in the shell's history and show in the process list.
 */
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline';
import { PASSWORD_MIN } from './accounts';
import { Refused } from './refused';

/** Ctrl+C at a question: nothing was made. */
export class Stopped extends Error {
  constructor() {
    super('Stopped; nothing was made.');
    this.name = 'Stopped';
  }
}

/** What a set-up asks; a terminal, or a test's script of answers. */
export interface Asker {
  line(question: string): Promise<string>;
  hidden(question: string): Promise<string>;
}

/** A line typed at the terminal, shown as it is typed. */
function askLine(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stdin, output: stdout });
    lines.once('SIGINT', () => {
      lines.close();
      stdout.write('\n');
      reject(new Stopped());
    });
    lines.question(question, (answer) => {
      lines.close();
      resolve(answer);
    });
  });
}

/** A line typed without echo: each key is read as it comes and nothing is shown. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (keys: string) => {
      for (const key of keys) {
        if (key === '\r' || key === '\n') return done();
        if (key === '\u0003') return done(new Stopped());
        if (key === '\u007f' || key === '\b') typed = typed.slice(0, -1);
        else typed += key;
      }
    };
    stdin.on('data', onData);
  });
}

/** The terminal this process was started from; only when its input is one. */
export const terminal: Asker = { line: askLine, hidden: askHidden };

/** The first line of a piped input (a script giving the password). */
export function firstLine(): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: stdin });
    let got: string | null = null;
    lines.once('line', (line) => {
      got = line;
      lines.close();
    });
    lines.once('close', () => resolve(got ?? ''));
  });
}

/** A new password, typed twice without echo; refused if the two differ. */
export async function newPassword(ask: Asker): Promise<string> {
  const first = await ask.hidden(`Password for the coordinator (at least ${PASSWORD_MIN} characters): `);
  const again = await ask.hidden('The same password again: ');
  if (first !== again) throw new Refused('invalid-input', 'password: the two passwords are not the same.');
  return first;
}

/**
 * Why the server could not open its database at start, in words the person who started it can
 * act on, for the failures that are theirs to mend: a file that is not a database, a folder it
 * may not write, a PostgreSQL server that is not there. Anything else is Hubsteps' own fault and
 * keeps its stack trace.
 */
import type { DatabaseSettings } from './open';

/** SQLite's and the file system's codes, and what each means for the file. */
const SQLITE_REASONS: Record<string, string> = {
  SQLITE_NOTADB: 'it is not a SQLite database',
  SQLITE_CORRUPT: 'it is damaged',
  SQLITE_CANTOPEN: 'it cannot be opened or made there',
  SQLITE_READONLY: 'this user may not write to it',
  SQLITE_PERM: 'this user may not write to it',
  EACCES: 'this user may not write to it or its folder',
  EPERM: 'this user may not write to it or its folder',
  EROFS: 'its folder is on a disk that cannot be written',
  SQLITE_BUSY: 'another program kept it locked for more than 5 seconds',
  SQLITE_FULL: 'the disk is full',
  ENOSPC: 'the disk is full',
};

/** PostgreSQL's and the network's codes (pg passes both on). */
const POSTGRES_REASONS: Record<string, string> = {
  ECONNREFUSED: 'no PostgreSQL server answered at the host and port in DATABASE_URL',
  ENOTFOUND: 'the host in DATABASE_URL was not found',
  EAI_AGAIN: 'the host in DATABASE_URL was not found',
  ETIMEDOUT: 'the host in DATABASE_URL did not answer',
  EHOSTUNREACH: 'the host in DATABASE_URL cannot be reached from here',
  '28P01': 'PostgreSQL refused the user name or password in DATABASE_URL',
  '28000': 'PostgreSQL refused the user name in DATABASE_URL',
  '3D000': 'the database named in DATABASE_URL does not exist: make it first (createdb)',
};

/** The error and its causes, outermost first (the migrator wraps what the database said). */
function* causes(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  for (let at = error, depth = 0; typeof at === 'object' && at !== null && depth < 5; depth++) {
    const each = at as { code?: unknown; message?: unknown; cause?: unknown };
    yield each;
    at = each.cause;
  }
}

/**
 * What to tell the person who started the server, or null when the failure is not one they can
 * mend. Never repeats DATABASE_URL: it may hold a password.
 */
export function startFailure(settings: DatabaseSettings, error: unknown): string | null {
  const reasons = settings.kind === 'sqlite' ? SQLITE_REASONS : POSTGRES_REASONS;
  for (const { code, message } of causes(error)) {
    const reason = typeof code === 'string' ? reasons[code] : undefined;
    if (!reason) continue;
    if (settings.kind === 'postgres') {
      return `Hubsteps could not open its database: ${reason}. Check DATABASE_URL and that the PostgreSQL server is running, then start again.`;
    }
    const said = typeof message === 'string' ? ` (${message})` : '';
    return (
      `Hubsteps could not open its database, ${settings.file}: ${reason}${said}. ` +
      'Move that file aside or mend it, or start with HUBSTEPS_SQLITE_FILE set to another file.'
    );
  }
  return null;
}

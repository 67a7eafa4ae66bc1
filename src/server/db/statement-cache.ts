/**
 * A better-sqlite3 connection for Kysely, with its prepared statements kept and used again, and
 * each commit reported. Kysely prepares every query afresh, and preparing a push's 50-row insert
 * costs as much CPU as running it. SQLite prepares a kept statement again by itself if the
 * schema changes. A statement still being read (a streamed query) is not handed out twice: that
 * query gets one of its own.
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many prepared statements are kept: a push uses about ten, batch sizes make a few more. */
const STATEMENTS_KEPT = 256;

/** Statements that may write even though they return rows. */
const WRITES_RETURNING = /^\s*(insert|update|delete|replace|with)\b/i;

/**
 * `database` for Kysely's SqliteDialect. `committed` is called each time a transaction has been
 * committed: a write outside a transaction, or the COMMIT or RELEASE that ends one.
 */
export function withStatementCache(database: SQLite.Database, committed: () => void): SqliteDatabase {
  const kept = new Map<string, { statement: SQLite.Statement; wrapped: SqliteStatement }>();
  const afterWrite = () => {
    if (!database.inTransaction) committed();
  };
  const wrap = (text: string, statement: SQLite.Statement): SqliteStatement => {
    const writes = !statement.reader || WRITES_RETURNING.test(text);
    return {
      reader: statement.reader,
      all: (parameters) => {
        const rows = statement.all(parameters);
        if (writes) afterWrite();
        return rows;
      },
      run: (parameters) => {
        const result = statement.run(parameters);
        afterWrite();
        return result;
      },
      iterate: (parameters) => statement.iterate(parameters),
    };
  };
  return {
    close: () => database.close(),
    prepare: (text) => {
      const entry = kept.get(text);
      if (entry?.statement.busy) return wrap(text, database.prepare(text));
      if (entry) {
        // Most recently used last, so the one dropped when full is the one used longest ago.
        kept.delete(text);
        kept.set(text, entry);
        return entry.wrapped;
      }
      const statement = database.prepare(text);
      const wrapped = wrap(text, statement);
      kept.set(text, { statement, wrapped });
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      return wrapped;
    },
  };
}

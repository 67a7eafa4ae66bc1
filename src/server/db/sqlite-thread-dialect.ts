/**
 * Kysely on the SQLite connection of sqlite-thread.ts: the same SQL as Kysely's own SQLite
 * dialect (its compiler, adapter and introspector), with each compiled query sent to the worker
 * instead of run on the server's thread. Like Kysely's SQLite driver, it has one connection and
 * lends it to one query or transaction at a time, so a transaction's statements reach SQLite in
 * order and nothing of another request runs inside it.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { SqliteThread } from './sqlite-thread';

export interface SqliteThreadDialectConfig {
  thread: SqliteThread;
  /** Called when a statement has committed a transaction, before its caller hears of it. */
  onCommit: () => void;
  /** Called once the connection is closed. */
  onClose: () => Promise<void>;
}

export class SqliteThreadDialect implements Dialect {
  constructor(private readonly config: SqliteThreadDialectConfig) {}

  createDriver(): Driver {
    return new SqliteThreadDriver(this.config);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own signature, whatever the tables.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

class SqliteThreadDriver implements Driver {
  readonly #connection: ThreadConnection;
  readonly #turns = new Turns();

  constructor(private readonly config: SqliteThreadDialectConfig) {
    this.#connection = new ThreadConnection(config);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#turns.take();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.#turns.give();
  }

  async destroy(): Promise<void> {
    await this.config.thread.close();
    await this.config.onClose();
  }
}

class ThreadConnection implements DatabaseConnection {
  constructor(private readonly config: SqliteThreadDialectConfig) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.config.thread.run(compiledQuery.sql, compiledQuery.parameters);
    if (result.committed) this.config.onCommit();
    if (result.changes === undefined) return { rows: result.rows as R[] };
    return {
      rows: [],
      numAffectedRows: BigInt(result.changes),
      ...(result.lastInsertRowid === undefined ? {} : { insertId: BigInt(result.lastInsertRowid) }),
    };
  }

  // Every row at once: the worker answers a statement whole. Nothing here streams a query.
  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (const row of rows) yield { rows: [row] };
  }
}

/** One holder of the connection at a time, in the order asked. */
class Turns {
  #held = false;
  readonly #queue: (() => void)[] = [];

  take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#queue.push(resolve));
  }

  give(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#held = false;
  }
}

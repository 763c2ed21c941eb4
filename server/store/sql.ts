// One small interface over the two databases the store runs on: PGlite (PostgreSQL compiled to WebAssembly, in a
// folder, for `npm start` with no set-up) and a PostgreSQL server (DATABASE_URL, shared by several instances).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Several statements without parameters (a migration file). */
  exec(text: string): Promise<void>;
}

export interface Sql extends Queryable {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' or 'postgres', for logs and measurements. */
  readonly engine: 'pglite' | 'postgres';
}

/** PostgreSQL through the pg package: a pool of connections, each transaction on one of them. */
export async function connectPostgres(url: string): Promise<Sql> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // A connection dropped by the server is reported here; queries then fail and the caller counts what it drops.
  pool.on('error', () => {});
  const on = (client: { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): Queryable => ({
    query: async <R>(text: string, params?: unknown[]) => ({ rows: (await client.query(text, params)).rows as R[] }),
    exec: async (text) => { await client.query(text); },
  });
  return {
    engine: 'postgres',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** PGlite in a folder (created when missing), or in memory when no folder is given (tests). */
export async function openPglite(dir?: string): Promise<Sql> {
  const { PGlite } = await import('@electric-sql/pglite');
  // Counters may lose the last moment's increments if the machine crashes; in exchange each one returns without
  // waiting for the disk. A clean shutdown (close) writes everything.
  const options = { relaxedDurability: true, ...(dir && { dataDir: dir }) };
  if (dir && !existsSync(join(dir, 'PG_VERSION'))) {
    // Creating the database grows PGlite's memory to about 900 MB, and WebAssembly memory never shrinks: create it,
    // close it, and open it again, which needs about a third of that (measured in the README).
    mkdirSync(dir, { recursive: true });
    await (await PGlite.create(options)).close();
  }
  const db = await PGlite.create(options);
  const on = (q: Pick<typeof db, 'query' | 'exec'>): Queryable => ({
    query: async <R>(text: string, params?: unknown[]) => ({ rows: (await q.query<R>(text, params)).rows }),
    exec: async (text) => { await q.exec(text); },
  });
  return {
    engine: 'pglite',
    ...on(db),
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    close: () => db.close(),
  };
}

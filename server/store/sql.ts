// One small interface over the two databases the store runs on: PGlite (PostgreSQL compiled to WebAssembly, in a
// folder, for `npm start` with no set-up) and a PostgreSQL server (DATABASE_URL, shared by several instances).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PgliteRequest, PgliteWorkerData } from './pglite-worker.js';

export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Several statements without parameters (a migration file). */
  exec(text: string): Promise<void>;
}

export interface Sql extends Queryable {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Ends it at once, without waiting for work in flight (a hung store). */
  terminate(): Promise<void>;
  /** The embedded store only: a consistent copy of its folder as .tar.gz, taken while it runs. */
  dump?(): Promise<Uint8Array>;
  /** 'pglite' or 'postgres', for logs and measurements. */
  readonly engine: 'pglite' | 'postgres';
}

/** PostgreSQL through the pg package: a pool of connections, each transaction on one of them. */
export async function connectPostgres(url: string): Promise<Sql> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, query_timeout: 10_000 });
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
    // Connections that hang on a dead server are left to their own timeouts; the pool takes no new work.
    terminate: async () => { void pool.end().catch(() => {}); },
  };
}

/** PGlite in a folder, or in memory when no folder is given (tests), in its own worker thread
 *  (server/store/pglite-worker.ts). `mayCreate`: the folder was new or empty when the service claimed it. */
export async function openPglite(dir: string | undefined, mayCreate = true, signal?: AbortSignal): Promise<Sql> {
  const worker = startWorker(new URL('./pglite-worker.js', import.meta.url), { dir, mayCreate } satisfies PgliteWorkerData);
  signal?.addEventListener('abort', () => void worker.terminate());
  const waiting = new Map<number, { resolve: (reply: PgliteReply) => void; reject: (err: Error) => void }>();
  let stopped: Error | undefined;
  let nextId = 0;
  const stop = (err: Error) => {
    stopped ??= err;
    for (const { reject } of waiting.values()) reject(stopped);
    waiting.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: PgliteReply & { ready?: true; failed?: string }) => {
      if (reply.ready) return resolve();
      if (reply.failed) return reject(new Error(reply.failed));
      const call = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.error) call?.reject(new Error(reply.error));
      else call?.resolve(reply);
    });
    worker.on('error', (err) => { stop(err); reject(err); });
    worker.on('exit', (code) => {
      const err = new Error(`The embedded store stopped (exit code ${code}).`);
      stop(err);
      reject(err);
    });
  }).catch(async (err: unknown) => {
    await worker.terminate();
    throw err;
  });
  const call = (request: DistributiveOmit<PgliteRequest, 'id'>) => new Promise<PgliteReply>((resolve, reject) => {
    if (stopped) return reject(stopped);
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ ...request, id });
  });
  const queryable: Queryable = {
    query: async <R>(text: string, params?: unknown[]) => ({ rows: (await call({ op: 'query', text, params })).rows as R[] }),
    exec: async (text) => { await call({ op: 'exec', text }); },
  };
  return {
    engine: 'pglite',
    ...queryable,
    // One connection: the migrations run in a transaction before anything else is sent (InsightsStore opens first).
    async transaction(work) {
      await queryable.exec('BEGIN');
      try {
        const result = await work(queryable);
        await queryable.exec('COMMIT');
        return result;
      } catch (err) {
        await queryable.exec('ROLLBACK').catch(() => {});
        throw err;
      }
    },
    dump: async () => (await call({ op: 'dump' })).bytes!,
    async close() {
      // A clean close writes everything; a thread stuck in WebAssembly is ended after CLOSE_WAIT_MS.
      const closing = call({ op: 'close' });
      const timer = new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref());
      await Promise.race([closing.catch(() => {}), timer]);
      await worker.terminate();
    },
    terminate: async () => { await worker.terminate(); },
  };
}

/** Starts the compiled worker; from source (tests, tsx) its TypeScript through tsx, which the thread registers
 *  first, as a worker does not inherit the loader of the thread that starts it. */
function startWorker(compiled: URL, data: PgliteWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(compiled, { workerData: data });
  const entry = compiled.href.replace(/\.js$/, '.ts');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry)}))`,
    { eval: true, workerData: data });
}

const CLOSE_WAIT_MS = 5_000;
interface PgliteReply { id: number; rows?: unknown[]; bytes?: Uint8Array; error?: string }
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

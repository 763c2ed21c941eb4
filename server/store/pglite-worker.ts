// The embedded store (PGlite) runs in this worker thread, never on the main thread: PostgreSQL compiled to
// WebAssembly runs synchronously, so a write that fails deep inside it (a full disk, say) could otherwise hold the
// event loop and stop plans, health checks and signals. Here the main thread can time a call out and end the
// thread (server/store/sql.ts). Messages: { id, op: 'query' | 'exec' | 'dump' | 'close', text?, params? }.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

export interface PgliteWorkerData {
  dir?: string;
  /** Only a folder that was new or empty when the service claimed it may be given a new database. */
  mayCreate: boolean;
}
export type PgliteRequest = { id: number; op: 'query'; text: string; params?: unknown[] } | { id: number; op: 'exec'; text: string }
  | { id: number; op: 'dump' } | { id: number; op: 'close' };

const { dir, mayCreate } = workerData as PgliteWorkerData;
const port = parentPort!;

async function open(): Promise<PGlite> {
  // Counters may lose the last moment's increments if the machine crashes; in exchange each one returns without
  // waiting for the disk. A clean shutdown (close) writes everything.
  const options = { relaxedDurability: true, ...(dir && { dataDir: dir }) };
  if (dir && !existsSync(join(dir, 'PG_VERSION'))) {
    // Never a new, empty database in place of one that went missing: that would lose every count silently.
    if (!mayCreate) throw new Error(`${dir} is no longer a complete store (PG_VERSION is missing), so it was not opened.`);
    // Creating the database grows PGlite's memory to about 900 MB, and WebAssembly memory never shrinks: create it,
    // close it, and open it again, which needs about a third of that (measured in the README).
    mkdirSync(dir, { recursive: true });
    await (await PGlite.create(options)).close();
  }
  return PGlite.create(options);
}

try {
  const db = await open();
  port.on('message', async (request: PgliteRequest) => {
    try {
      switch (request.op) {
        case 'query':
          port.postMessage({ id: request.id, rows: (await db.query(request.text, request.params)).rows });
          break;
        case 'exec':
          await db.exec(request.text);
          port.postMessage({ id: request.id });
          break;
        case 'dump': {
          // Between two statements the single PostgreSQL backend is idle; the checkpoint writes every change into
          // the data files, so the copy is a whole store, never a half-written one.
          await db.exec('CHECKPOINT');
          const bytes = new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer());
          port.postMessage({ id: request.id, bytes }, [bytes.buffer]);
          break;
        }
        case 'close':
          await db.close();
          port.postMessage({ id: request.id });
          port.close();
          break;
      }
    } catch (err) {
      port.postMessage({ id: request.id, error: err instanceof Error ? err.message : String(err) });
    }
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ failed: err instanceof Error ? err.message : String(err) });
}

// Backup and restore of the embedded store (PGlite): its whole data folder as one .tar.gz file. For a PostgreSQL
// server use pg_dump and pg_restore instead (README, "Backup and restore").
// A running service is never stopped for a backup, and its folder is never copied from outside: the backup script
// writes the file name it wants beside the store (`<folder>.backup-request`) and sends the service SIGUSR2; the
// service takes the copy itself, between two writes, after a checkpoint (server/store/pglite-worker.ts), and
// renames the finished file into place, so a half-written file never carries the backup's name.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { holderOf } from './folder.js';
import type { InsightsStore } from './counters.js';

export const backupRequestOf = (dir: string) => `${resolve(dir)}.backup-request`;
const WAIT_FOR_SERVICE_MS = 120_000;

/** Writes `bytes` to `file` through a temporary name, so the file is whole or absent. */
function writeWhole(file: string, bytes: Uint8Array) {
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** In the service: takes the backup a request file asks for. Returns the file written and its size. */
export async function answerBackupRequest(store: InsightsStore, dir: string): Promise<{ file: string; bytes: number }> {
  const request = backupRequestOf(dir);
  const file = readFileSync(request, 'utf8').trim();
  unlinkSync(request);
  const bytes = await store.dump();
  writeWhole(file, bytes);
  return { file, bytes: bytes.length };
}

/** The backup script: through the running service when one holds the folder, otherwise by opening the folder
 *  itself (holding its lock, so the service cannot start on it meanwhile). Returns the size written. */
export async function dumpPglite(dir: string, file: string): Promise<number> {
  if (!existsSync(dir)) throw new Error(`There is no store in ${dir}.`);
  const target = resolve(file);
  rmSync(target, { force: true });
  const holder = holderOf(dir);
  if (holder) {
    writeFileSync(backupRequestOf(dir), target);
    process.kill(holder.pid, 'SIGUSR2');
    const until = Date.now() + WAIT_FOR_SERVICE_MS;
    while (!existsSync(target)) {
      if (Date.now() > until) throw new Error(`The service (process ${holder.pid}) did not write the backup within ${WAIT_FOR_SERVICE_MS / 1000} s: see its log.`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return statSync(target).size;
  }
  const { InsightsStore } = await import('./counters.js');
  const store = new InsightsStore({ dir, dailyCap: 1 });
  store.claim();
  try {
    const bytes = await store.dump();
    writeWhole(target, bytes);
    return bytes.length;
  } finally {
    await store.close();
  }
}

/** Restores into a folder that does not exist yet or is empty, so a store is never overwritten by mistake. */
export async function loadPglite(file: string, dir: string): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: restore into a new folder, then point STORE at it.`);
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([readFileSync(file)]) });
  await db.query('SELECT count(*) FROM counters');
  await db.close();
}

// The embedded store's folder belongs to one process at a time. Two processes writing one PGlite folder lose
// counts with no error, and a folder missing its files must never be replaced by a new, empty store. So the
// service claims the folder at start-up with a lock file beside it (`<folder>.lock`, holding the process id and
// host), and refuses a folder that is neither new nor a complete store.
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** The files every PostgreSQL data folder has; without them the folder is not a store that can be opened. */
const STORE_FILES = ['PG_VERSION', 'base', 'global', 'pg_wal'];

/** A refusal to open the folder, in one sentence for the operator. */
export class StoreFolderError extends Error {}

export interface Claim {
  /** The folder was new or empty, so the store may create a database in it. */
  isNew: boolean;
  release(): void;
}

export const lockFileOf = (dir: string) => `${resolve(dir)}.lock`;

/** Who holds the folder: the process id and host in its lock file, when that process is still running here. */
export function holderOf(dir: string): { pid: number; host: string } | undefined {
  let text: string;
  try {
    text = readFileSync(lockFileOf(dir), 'utf8');
  } catch {
    return undefined;
  }
  const [pidText = '', host = ''] = text.trim().split('@');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  // A lock from another host (a shared volume) cannot be checked, so it counts as held.
  if (host !== hostname()) return { pid, host };
  // After a restart in a container the new process may have the old one's id: its own id is never a holder.
  if (pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return { pid, host };
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? { pid, host } : undefined;
  }
}

/** Checks the folder and takes its lock, or throws a StoreFolderError saying what is wrong and what to do. */
export function claimFolder(dir: string): Claim {
  const holder = holderOf(dir);
  if (holder) {
    throw new StoreFolderError(`The store in ${dir} is in use by process ${holder.pid} on ${holder.host}: stop that process, or set STORE to another folder (if no process uses it, delete ${lockFileOf(dir)}).`);
  }
  const isNew = !existsSync(dir) || readdirSync(dir).length === 0;
  const missing = isNew ? undefined : STORE_FILES.find((f) => !existsSync(join(dir, f)));
  if (missing) {
    throw new StoreFolderError(`${dir} is not a complete store (${missing} is missing), so it was not opened: restore it from a backup, or set STORE to a new folder.`);
  }
  const lock = lockFileOf(dir);
  const mine = `${process.pid}@${hostname()}`;
  // Exclusive creation, so of two processes starting at once only one gets the folder.
  const take = () => writeFileSync(lock, mine, { flag: 'wx' });
  try {
    take();
  } catch {
    // A stale lock from a process that has ended: replace it, once.
    try {
      unlinkSync(lock);
      take();
    } catch {
      throw new StoreFolderError(`The store in ${dir} was claimed by another process just now: stop that process, or set STORE to another folder.`);
    }
  }
  const release = () => {
    try {
      if (readFileSync(lock, 'utf8') === mine) unlinkSync(lock);
    } catch { /* already gone */ }
  };
  process.once('exit', release);
  return { isNew, release };
}

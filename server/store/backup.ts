// Backup and restore of the embedded store (PGlite): its whole data folder as one .tar.gz file. For a PostgreSQL
// server use pg_dump and pg_restore instead (README, "Backup and restore"). Run with the service stopped: PGlite
// is one process's database.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

export async function dumpPglite(dir: string, file: string): Promise<number> {
  if (!existsSync(dir)) throw new Error(`There is no store in ${dir}.`);
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: dir });
  try {
    const dump = await db.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(file, bytes);
    return bytes.length;
  } finally {
    await db.close();
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

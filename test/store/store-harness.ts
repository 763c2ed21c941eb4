// The store tests run on PGlite by default, and on a PostgreSQL server when DATABASE_URL is set
// (scripts/with-postgres.sh starts a throwaway one). Opening PGlite costs seconds, so each file opens one store
// and every test starts from an empty counters table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { InsightsStore, type StoreOptions } from '../../server/store/counters.js';
import { connectPostgres } from '../../server/store/sql.js';

export const DATABASE_URL = process.env.DATABASE_URL || undefined;
export const ENGINE = DATABASE_URL ? 'postgres' : 'pglite';
/** Above the 500 parallel events of the concurrency tests, low enough to reach in a test. */
export const TEST_DAILY_CAP = 600;

/** A new PGlite folder, or the PostgreSQL database with its tables dropped (migrations then run from scratch). */
export async function freshStoreOptions(): Promise<StoreOptions & { cleanUp: () => void }> {
  if (DATABASE_URL) {
    const sql = await connectPostgres(DATABASE_URL);
    await sql.exec('DROP TABLE IF EXISTS counters; DROP TABLE IF EXISTS schema_migrations;');
    await sql.close();
    return { databaseUrl: DATABASE_URL, dailyCap: TEST_DAILY_CAP, cleanUp: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'insights-store-'));
  return { dir, dailyCap: TEST_DAILY_CAP, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One store for the file, emptied before each test. */
export function sharedStore(): { store: InsightsStore; options: StoreOptions } {
  const shared = {} as { store: InsightsStore; options: StoreOptions & { cleanUp: () => void } };
  beforeAll(async () => {
    shared.options = await freshStoreOptions();
    shared.store = new InsightsStore(shared.options);
    await shared.store.open();
  }, 120_000);
  beforeEach(() => shared.store.reset());
  afterAll(async () => {
    await shared.store?.close();
    shared.options?.cleanUp();
  });
  return shared;
}

// The store's SQL migrations: numbered .sql files in server/store/migrations, each applied once, in order, in a
// transaction, on PGlite and PostgreSQL alike. An advisory lock stops two instances migrating one database at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../root.js';
import type { Sql } from './sql.js';

/** Any fixed number: the lock only has to be the same for every instance of this service. */
const MIGRATION_LOCK = 7_413_013;

export interface Migration { id: string; sql: string }

export function readMigrations(dir = join(projectRoot(), 'server/store/migrations')): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

/** Applies the migrations not yet applied; returns their ids. */
export async function migrate(sql: Sql, migrations = readMigrations()): Promise<string[]> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_on date NOT NULL DEFAULT current_date)');
    const done = new Set((await tx.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    const applied: string[] = [];
    for (const m of migrations.filter((m) => !done.has(m.id))) {
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      applied.push(m.id);
    }
    return applied;
  });
}

// The insights store: counters keyed by day and category, never a row per person (shared/docs/learning.md 2).
// Opens PGlite or PostgreSQL when first used (so start-up and memory are not spent until counts are), runs the
// migrations and retention, and retries later when the database cannot be reached, so the signpost keeps working
// while the store is down.
import { todayInLondon } from '../graph/dates.js';
import { migrate } from './migrations.js';
import { connectPostgres, openPglite, type Sql } from './sql.js';

export type CounterKind = 'plan' | 'follow-up';
export type Source = 'public' | 'handler';

/** What one event adds: 1 to each (dimension, value) under one key. */
export interface Increment {
  kind: CounterKind;
  /** The day in England, YYYY-MM-DD. */
  day: string;
  source: Source;
  nation: string;
  /** A council's ONS code, or '' when not known. */
  area: string;
  service: string;
  items: readonly { dimension: string; value: string }[];
}

/** What a report is grouped by: a counted value, or one of the key's columns. */
export type GroupBy = 'value' | 'service' | 'area' | 'month' | 'statement';

export interface ReportQuery {
  kind: CounterKind;
  /** Which counter to read: 'plans', 'concern', 'stage', 'result', 'statement' … */
  dimension: string;
  groupBy: GroupBy;
  area?: string;
  from?: string;
  to?: string;
  source?: Source;
}

export interface StoreOptions {
  /** postgres://… uses a PostgreSQL server; otherwise PGlite in `dir` (in memory when neither is given). */
  databaseUrl?: string;
  dir?: string;
  /** The most one counter may grow in one day: far above any real area's demand, so floods stop there. */
  dailyCap: number;
  /** Told when the store has opened, migrated and rolled up old counters, or has failed to. */
  onOpen?: (outcome: { ms: number; dailyRowsMerged: number } | { error: unknown }) => void;
}

// Fixed SQL fragments, chosen by name: nothing from a request is ever written into the SQL text.
const GROUP_SQL: Record<GroupBy, string> = {
  value: 'value',
  service: 'service',
  area: 'area',
  month: "to_char(day, 'YYYY-MM')",
  statement: "substr(dimension, 11) || ':' || value",
};

const KEY_COLUMNS = 'kind, period, day, source, nation, area, service, dimension, value';
const RETRY_AFTER_MS = 10_000;

export class InsightsStore {
  #sql?: Promise<Sql>;
  #failedAt = 0;

  constructor(readonly options: StoreOptions) {}

  get engine(): 'pglite' | 'postgres' {
    return this.options.databaseUrl ? 'postgres' : 'pglite';
  }

  /** Connects and migrates once; after a failure, tries again no sooner than RETRY_AFTER_MS. */
  #ready(): Promise<Sql> {
    if (!this.#sql) {
      if (Date.now() - this.#failedAt < RETRY_AFTER_MS) return Promise.reject(new Error('The insights store is unavailable.'));
      this.#sql = this.#open().catch((err: unknown) => {
        this.#sql = undefined;
        this.#failedAt = Date.now();
        throw err;
      });
    }
    return this.#sql;
  }

  /** Connects, migrates, and applies retention, which then runs daily (rollUp). */
  async #open(): Promise<Sql> {
    const { databaseUrl, dir, onOpen } = this.options;
    const started = Date.now();
    let sql: Sql | undefined;
    try {
      sql = databaseUrl ? await connectPostgres(databaseUrl) : await openPglite(dir);
      await migrate(sql);
      const dailyRowsMerged = await rollUpOn(sql, todayInLondon());
      onOpen?.({ ms: Date.now() - started, dailyRowsMerged });
      return sql;
    } catch (error) {
      await sql?.close().catch(() => {});
      onOpen?.({ error });
      throw error;
    }
  }

  /** Opens the store now rather than at its first use. */
  async open(): Promise<void> {
    await this.#ready();
  }

  /** Adds 1 to each counter of the event, atomically, except counters already at the daily cap.
   *  Returns how many counters grew. */
  async count(inc: Increment): Promise<number> {
    const sql = await this.#ready();
    const { rows } = await sql.query<{ n: number }>(
      `WITH grown AS (
         INSERT INTO counters (${KEY_COLUMNS}, count)
         SELECT $1, 'day', $2::date, $3, $4, $5, $6, d, v, 1 FROM unnest($7::text[], $8::text[]) AS t(d, v)
         ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET count = counters.count + 1 WHERE counters.count < $9
         RETURNING 1)
       SELECT count(*)::int AS n FROM grown`,
      [inc.kind, inc.day, inc.source, inc.nation, inc.area, inc.service,
        inc.items.map((i) => i.dimension), inc.items.map((i) => i.value), this.options.dailyCap],
    );
    return rows[0]?.n ?? 0;
  }

  /** Raw sums for one report, before disclosure control. */
  async report(q: ReportQuery): Promise<{ value: string; count: number }[]> {
    const sql = await this.#ready();
    const params: unknown[] = [q.kind, q.dimension === 'statement' ? 'statement:%' : q.dimension];
    const where = ['kind = $1', 'dimension LIKE $2'];
    const add = (clause: string, value: string | undefined) => {
      if (value === undefined) return;
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    add('area = ?', q.area);
    add('day >= ?::date', q.from);
    add('day <= ?::date', q.to);
    add('source = ?', q.source);
    const { rows } = await sql.query<{ value: string; count: number }>(
      `SELECT ${GROUP_SQL[q.groupBy]} AS value, sum(count)::int AS count FROM counters
       WHERE ${where.join(' AND ')} GROUP BY 1 ORDER BY 1`,
      params,
    );
    return rows;
  }

  /** Retention: daily counters older than three years before `today` become monthly counters. Returns the daily
   *  rows merged. */
  async rollUp(today: string): Promise<number> {
    return rollUpOn(await this.#ready(), today);
  }

  /** Every row, for tests and for checking that nothing personal is kept. */
  async rows(): Promise<Record<string, unknown>[]> {
    const sql = await this.#ready();
    return (await sql.query(
      `SELECT kind, period, to_char(day, 'YYYY-MM-DD') AS day, source, nation, area, service, dimension, value, count
       FROM counters ORDER BY ${KEY_COLUMNS}`)).rows;
  }

  /** Empties the counters: for tests, or an operator deliberately starting afresh. */
  async reset(): Promise<void> {
    await (await this.#ready()).exec('DELETE FROM counters');
  }

  async close(): Promise<void> {
    const open = this.#sql;
    this.#sql = undefined;
    if (open) await (await open.catch(() => undefined))?.close();
  }
}

/** One statement, so a crash leaves either the daily rows or the monthly sums, never both. */
async function rollUpOn(sql: Sql, today: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `WITH old AS (
       DELETE FROM counters WHERE period = 'day' AND day < ($1::date - interval '3 years') RETURNING *),
     merged AS (
       INSERT INTO counters (${KEY_COLUMNS}, count)
       SELECT kind, 'month', date_trunc('month', day)::date, source, nation, area, service, dimension, value, sum(count)
       FROM old GROUP BY kind, date_trunc('month', day), source, nation, area, service, dimension, value
       ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET count = counters.count + EXCLUDED.count
       RETURNING 1)
     SELECT count(*)::int AS n FROM old`,
    [today],
  );
  return rows[0]?.n ?? 0;
}

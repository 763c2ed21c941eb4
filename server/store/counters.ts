// The insights store: counters keyed by day and category, never a row per person (shared/docs/learning.md 2).
// Opens PGlite or PostgreSQL when first used (so start-up and memory are not spent until counts are), runs the
// migrations and retention. Every call is bounded in time and goes through a breaker: after failures the store is
// left alone for a while (calls are refused at once), then tried again by one call, so the signpost keeps working
// while the store is down and the counts resume by themselves when it is back.
import { todayInLondon } from '../graph/dates.js';
import { migrate } from './migrations.js';
import { claimFolder, type Claim } from './folder.js';
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
  /** Told when the store's state changes (the breaker opens, or the store recovers), with the reason. */
  onStateChange?: (state: StoreState, reason?: string) => void;
  /** Limits, shortened by tests. */
  limits?: Partial<typeof LIMITS>;
}

/** up: working. down: failing, so calls are refused at once until a retry is due. recovering: one call is
 *  trying the store again. not-opened: not used yet (the store opens at its first use). */
export type StoreState = 'not-opened' | 'up' | 'down' | 'recovering';
export type StoreCall = 'open' | 'count' | 'report' | 'roll-up' | 'rows' | 'reset' | 'dump';
type CallOutcome = 'ok' | 'failed' | 'refused';
type CallWatcher = (call: StoreCall, seconds: number, outcome: CallOutcome) => void;

/** Refused without trying the store: it is down, or too many writes are waiting. */
export class StoreUnavailableError extends Error {}

const LIMITS = {
  /** Opening PGlite takes about a second, creating it ten or more on a busy machine. */
  openMs: 120_000,
  /** How long a call waits for the store to open: the whole opening by default (tests, scripts); the service sets
   *  a few seconds, so a request is refused rather than held while the store opens. */
  waitForOpenMs: 120_000,
  /** Any one call, from when its turn comes; a counter update takes milliseconds, even on a busy machine. */
  callMs: 10_000,
  /** Calls sent to a PostgreSQL server at once (its pool has 10 connections). PGlite runs one statement at a time,
   *  so it is sent one call at a time, and a call's time limit measures that call alone. */
  concurrent: 8,
  /** Calls waiting for their turn; more are refused at once rather than piling up in memory. */
  queued: 1_000,
  /** Failed calls in a row that open the breaker. A timeout or a failure to open opens it at once. */
  failures: 3,
  /** The first wait before trying the store again; it doubles while the store keeps failing, up to the most. */
  retryMs: 2_000,
  maxRetryMs: 60_000,
};

// Fixed SQL fragments, chosen by name: nothing from a request is ever written into the SQL text.
const GROUP_SQL: Record<GroupBy, string> = {
  value: 'value',
  service: 'service',
  area: 'area',
  month: "to_char(day, 'YYYY-MM')",
  statement: "substr(dimension, 11) || ':' || value",
};

const KEY_COLUMNS = 'kind, period, day, source, nation, area, service, dimension, value';

export class InsightsStore {
  #sql?: Promise<Sql>;
  #state: StoreState = 'not-opened';
  #failures = 0;
  #retryAt = 0;
  #retryMs: number;
  #lastError?: string;
  #active = 0;
  #watchers: CallWatcher[] = [];
  #queue: { go: () => void; refuse: (err: Error) => void }[] = [];
  #claim?: Claim;
  #everOpened = false;
  #connected = false;
  readonly #limits: typeof LIMITS;

  constructor(readonly options: StoreOptions) {
    this.#limits = { ...LIMITS, ...options.limits };
    this.#retryMs = this.#limits.retryMs;
  }

  get engine(): 'pglite' | 'postgres' {
    return this.options.databaseUrl ? 'postgres' : 'pglite';
  }

  /** For /readyz and /metrics: the state, the last failure, and the writes waiting. */
  status(): { engine: 'pglite' | 'postgres'; state: StoreState; lastError?: string; retryInSeconds?: number; queued: number } {
    const retry = this.#state === 'down' ? Math.max(0, Math.ceil((this.#retryAt - Date.now()) / 1000)) : undefined;
    return { engine: this.engine, state: this.#state, ...(this.#lastError && this.#state !== 'up' && { lastError: this.#lastError }),
      ...(retry !== undefined && { retryInSeconds: retry }), queued: this.#queue.length };
  }

  /** The embedded store's folder: checks it and takes its lock (server/store/folder.ts), or throws a
   *  StoreFolderError. The service calls this at start-up so that a folder it must not use stops it at once. */
  claim(): void {
    if (this.engine === 'pglite' && this.options.dir && !this.#claim) this.#claim = claimFolder(this.options.dir);
  }

  /** Told after every call, for measurements (server/http/metrics.ts). */
  watch(watcher: CallWatcher): void {
    this.#watchers.push(watcher);
  }

  #setState(state: StoreState, reason?: string) {
    if (state === this.#state) return;
    this.#state = state;
    this.options.onStateChange?.(state, reason);
  }

  /** Every call goes through here: refused at once while the breaker is open, bounded in time, and measured. */
  async #run<T>(call: StoreCall, work: (sql: Sql) => Promise<T>, timeoutMs = this.#limits.callMs): Promise<T> {
    const started = performance.now();
    const done = (outcome: CallOutcome) => {
      for (const watcher of this.#watchers) watcher(call, (performance.now() - started) / 1000, outcome);
    };
    if (this.#state === 'recovering' || (this.#state === 'down' && Date.now() < this.#retryAt)) {
      done('refused');
      throw new StoreUnavailableError(`The insights store is unavailable (${this.#state}): ${this.#lastError ?? 'not answering'}.`);
    }
    if (this.#state === 'down') this.#setState('recovering');
    try {
      await this.#turn();
    } catch (err) {
      done('refused');
      throw err;
    }
    let timer: NodeJS.Timeout | undefined;
    let gaveUp = false;
    const ms = this.#connected ? timeoutMs : Math.max(timeoutMs, call === 'open' ? this.#limits.openMs : this.#limits.waitForOpenMs);
    try {
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new StoreTimeoutError(`${call} took longer than ${ms} ms`)), ms);
      });
      // A call that gave up while the store was opening never runs later: it was answered as not counted.
      const result = await Promise.race([this.#connection().then((sql) => {
        if (gaveUp) throw new StoreUnavailableError('given up');
        return work(sql);
      }), deadline]);
      this.#failures = 0;
      this.#retryMs = this.#limits.retryMs;
      this.#setState('up');
      done('ok');
      return result;
    } catch (err) {
      gaveUp = true;
      if (err instanceof StoreTimeoutError && !this.#connected && this.#sql) {
        // Still opening (which has its own, longer deadline): not a fault of the store.
        done('refused');
        throw new StoreUnavailableError('The insights store is unavailable (still opening).');
      }
      // A failure to open has already opened the breaker (#connection).
      if (this.#state !== 'down') this.#failed(err);
      done('failed');
      throw err;
    } finally {
      clearTimeout(timer);
      this.#next();
    }
  }

  /** The bounded queue: waits for one of the concurrent places, or is refused at once when the queue is full.
   *  The time limit of a call starts when its turn comes, so waiting behind a burst is not taken for a fault. */
  async #turn(): Promise<void> {
    if (this.#active < (this.engine === 'pglite' ? 1 : this.#limits.concurrent)) {
      this.#active += 1;
      return;
    }
    if (this.#queue.length >= this.#limits.queued) {
      throw new StoreUnavailableError(`The insights store is unavailable (busy): ${this.#queue.length} calls are already waiting.`);
    }
    await new Promise<void>((go, refuse) => this.#queue.push({ go, refuse }));
  }

  /** Hands the finished call's place to the next one waiting. */
  #next() {
    const next = this.#queue.shift();
    if (next) next.go();
    else this.#active -= 1;
  }

  /** Counts a failure; opens the breaker after several in a row, or at once for a timeout or a failed retry. */
  #failed(err: unknown) {
    this.#lastError = err instanceof Error ? err.message : String(err);
    this.#failures += 1;
    if (err instanceof StoreTimeoutError || this.#state === 'recovering' || this.#failures >= this.#limits.failures) this.#trip(err);
  }

  /** Opens the breaker: the connection is ended (a hung PGlite thread too), calls are refused at once, and the
   *  store is opened afresh by the first call after the wait, which doubles while the store keeps failing. */
  #trip(err: unknown) {
    this.#lastError = err instanceof Error ? err.message : String(err);
    const open = this.#sql;
    this.#sql = undefined;
    this.#connected = false;
    void open?.then((sql) => sql.terminate(), () => {}).catch(() => {});
    this.#retryAt = Date.now() + this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, this.#limits.maxRetryMs);
    this.#state = 'up'; // so that the change to down is always reported, with its reason
    this.#setState('down', this.#lastError);
    // Calls waiting for their turn are refused now rather than each waiting to fail.
    const waiting = this.#queue.splice(0);
    for (const call of waiting) call.refuse(new StoreUnavailableError(`The insights store is unavailable (down): ${this.#lastError}.`));
  }

  #connection(): Promise<Sql> {
    if (!this.#sql) {
      const opening = this.#open();
      this.#sql = opening;
      opening.catch((err: unknown) => { if (this.#sql === opening) this.#trip(err); });
    }
    return this.#sql;
  }

  /** Connects, migrates, and applies retention, which then runs daily (rollUp). */
  async #open(): Promise<Sql> {
    const { databaseUrl, dir, onOpen } = this.options;
    const started = Date.now();
    let sql: Sql | undefined;
    // Opening has its own deadline; a PGlite thread still starting then is ended through the signal.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new StoreTimeoutError(`opening took longer than ${this.#limits.openMs} ms`)), this.#limits.openMs);
    const aborted = new Promise<never>((_resolve, reject) => abort.signal.addEventListener('abort', () => reject(abort.signal.reason as Error)));
    try {
      if (!databaseUrl) this.claim();
      const steps = async () => {
        sql = databaseUrl ? await connectPostgres(databaseUrl) : await openPglite(dir, !this.#everOpened && (this.#claim?.isNew ?? true), abort.signal);
        await migrate(sql);
        return rollUpOn(sql, todayInLondon());
      };
      const dailyRowsMerged = await Promise.race([steps(), aborted]);
      this.#everOpened = true;
      this.#connected = true;
      onOpen?.({ ms: Date.now() - started, dailyRowsMerged });
      return sql!;
    } catch (error) {
      await (sql as Sql | undefined)?.terminate().catch(() => {});
      onOpen?.({ error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Opens the store now rather than at its first use. */
  async open(): Promise<void> {
    await this.#run('open', async () => {});
  }

  /** Adds 1 to each counter of the event, atomically, except counters already at the daily cap.
   *  Returns how many counters grew. Refused at once when too many writes are already waiting. */
  async count(inc: Increment): Promise<number> {
    return this.#run('count', async (sql) => {
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
      });
  }

  /** Raw sums for one report, before disclosure control. */
  async report(q: ReportQuery): Promise<{ value: string; count: number }[]> {
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
    return this.#run('report', async (sql) => (await sql.query<{ value: string; count: number }>(
      `SELECT ${GROUP_SQL[q.groupBy]} AS value, sum(count)::int AS count FROM counters
       WHERE ${where.join(' AND ')} GROUP BY 1 ORDER BY 1`,
      params,
    )).rows);
  }

  /** Retention: daily counters older than three years before `today` become monthly counters. Returns the daily
   *  rows merged. */
  async rollUp(today: string): Promise<number> {
    return this.#run('roll-up', (sql) => rollUpOn(sql, today));
  }

  /** Every row, for tests and for checking that nothing personal is kept. */
  async rows(): Promise<Record<string, unknown>[]> {
    return this.#run('rows', async (sql) => (await sql.query(
      `SELECT kind, period, to_char(day, 'YYYY-MM-DD') AS day, source, nation, area, service, dimension, value, count
       FROM counters ORDER BY ${KEY_COLUMNS}`)).rows);
  }

  /** Empties the counters: for tests, or an operator deliberately starting afresh. */
  async reset(): Promise<void> {
    await this.#run('reset', (sql) => sql.exec('DELETE FROM counters'));
  }

  /** The embedded store as one .tar.gz, taken while the service runs (server/store/backup.ts). */
  async dump(): Promise<Uint8Array> {
    if (this.engine !== 'pglite') throw new Error('Back up a PostgreSQL server with pg_dump.');
    return this.#run('dump', (sql) => sql.dump!(), this.#limits.openMs);
  }

  async close(): Promise<void> {
    const open = this.#sql;
    this.#sql = undefined;
    this.#connected = false;
    this.#state = 'not-opened';
    if (open) await (await open.catch(() => undefined))?.close();
    this.#claim?.release();
    this.#claim = undefined;
  }
}

class StoreTimeoutError extends Error {}

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

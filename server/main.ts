// The only file that listens. Configuration comes from the environment only (server/config.ts).
// A failure to start is one plain message saying what is wrong and what to do, and exit code 1; the stack trace
// only with LOG_LEVEL=debug.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig, trustProxyOption, type Config } from './config.js';
import { buildApp } from './http/app.js';
import { drainAndClose } from './http/shutdown.js';
import { DataError, loadGraph } from './data/load.js';
import { projectRoot } from './root.js';
import { answerBackupRequest } from './store/backup.js';
import { InsightsStore } from './store/counters.js';
import { StoreFolderError } from './store/folder.js';
import { todayInLondon } from './graph/dates.js';

function fail(message: string, err?: unknown): never {
  console.error(message);
  if (err instanceof Error && process.env.LOG_LEVEL === 'debug') console.error(err.stack);
  process.exit(1);
}

/** The sentence for an error while starting: the data, the address to listen on, or (rarely) anything else. */
function startupProblem(err: unknown, config: Config, dataDir: string): string {
  if (err instanceof DataError) return `${err.message}\nFix the data and start again.`;
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') return `Port ${config.PORT} on ${config.HOST} is already in use. Stop the other program using it, or set PORT to a free port.`;
  if (e.code === 'EACCES') return `This user may not listen on port ${config.PORT}. Use a port above 1023, or run with the permission to bind it.`;
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') return `HOST is set to ${config.HOST}, which is not an address of this machine. Set HOST to 127.0.0.1, or to 0.0.0.0 in a container.`;
  if (e.code === 'ENOENT') return `A data file is missing: ${e.path ?? e.message}. Check that ${dataDir} is a complete copy of the data folder.`;
  return `The service could not start: ${e.message ?? String(err)}. Run with LOG_LEVEL=debug to see the details.`;
}

let config: Config;
try {
  config = readConfig(process.env);
} catch (err) {
  fail((err as Error).message, err);
}
const dataDir = resolve(config.DATA_DIR ?? join(projectRoot(), 'data'));
if (!existsSync(join(dataDir, 'questions.yaml'))) {
  fail(`There is no routing data in ${dataDir}. Set DATA_DIR to the folder that holds questions.yaml, or leave it unset to use the bundled data.`);
}

const storeDir = resolve(config.STORE ?? join(projectRoot(), '.store'));
const store = new InsightsStore({
  databaseUrl: config.DATABASE_URL,
  dir: storeDir,
  dailyCap: config.INSIGHTS_DAILY_CAP,
  // A request waits at most this long for the store to open; it is refused (503) rather than held.
  limits: { waitForOpenMs: 2_000 },
  // The store opens at its first use, after the service listens: start-up never waits for it.
  onOpen: (outcome) => 'error' in outcome
    ? app.log.error({ event: 'store-fault', store: store.engine, reason: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) },
      'insights store could not be opened; the signpost works without it')
    : app.log.info({ event: 'store-ready', store: store.engine, ...outcome }, 'insights store ready'),
  onStateChange: (state, reason) => state === 'down'
    ? app.log.error({ event: 'store-fault', store: store.engine, state, reason, retryInSeconds: store.status().retryInSeconds },
      'insights store failing: counts are refused until it answers again; the signpost works without it')
    : app.log.info({ event: 'store-state', store: store.engine, state }, `insights store ${state}`),
});
// The embedded store's folder is checked and locked before anything else, so a folder in use by another process,
// or one that is not a complete store, stops the service with one sentence rather than losing counts.
try {
  if (!config.DATABASE_URL) store.claim();
} catch (err) {
  fail(err instanceof StoreFolderError ? err.message : `The store in ${storeDir} could not be claimed: ${(err as Error).message}`, err);
}

let app: Awaited<ReturnType<typeof buildApp>>;
try {
  app = await buildApp({
    graph: loadGraph(dataDir),
    logger: { level: config.LOG_LEVEL },
    rateLimit: config.RATE_LIMIT_MAX > 0 ? { max: config.RATE_LIMIT_MAX, timeWindow: config.RATE_LIMIT_WINDOW, redisUrl: config.REDIS_URL } : false,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    publicOrigin: config.PUBLIC_ORIGIN,
    checker: {
      allowPrivateAddresses: config.CHECKER_ALLOW_PRIVATE_ADDRESSES,
      fetching: config.CHECKER_FETCH === 'on',
      ...(config.CHECKER_PROXY && { proxy: new URL(config.CHECKER_PROXY) }),
      limits: { checks: config.CHECKER_MAX_CHECKS, bytes: config.CHECKER_MAX_MB * 1024 * 1024 },
    },
    insights: {
      store, audience: config.INSIGHTS_AUDIENCE,
      addressCaps: { plan: config.INSIGHTS_ADDRESS_CAP_PLANS, 'follow-up': config.INSIGHTS_ADDRESS_CAP_FOLLOW_UPS },
    },
  });
  app.addHook('onClose', () => store.close());
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (err) {
  fail(startupProblem(err, config, dataDir), err);
}

// SIGHUP re-reads the data and swaps the graph in one step; invalid data leaves the old graph serving.
process.on('SIGHUP', () => {
  try {
    const graph = loadGraph(dataDir);
    app.graphHolder.current = graph;
    app.log.info({ event: 'data-reload', dataVersion: graph.version }, 'data reloaded');
  } catch (err) {
    app.log.error({ event: 'data-reload-refused', reason: err instanceof Error ? err.message : String(err) }, 'data reload refused; still serving the previous data');
  }
});

// SIGUSR2: a backup of the embedded store, asked for by `scripts/store.ts dump` (server/store/backup.ts).
process.on('SIGUSR2', () => {
  answerBackupRequest(store, storeDir).then(
    ({ file, bytes }) => app.log.info({ event: 'store-backup', file, bytes }, 'insights store backed up'),
    (err: unknown) => app.log.error({ event: 'store-backup-failed', reason: err instanceof Error ? err.message : String(err) }, 'insights store backup failed'),
  );
});

// SIGTERM and SIGINT: drain (server/http/shutdown.ts), then exit, within SHUTDOWN_DELAY_MS plus 5 s.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal, delayMs: config.SHUTDOWN_DELAY_MS }, 'shutting down');
    void drainAndClose(app, config.SHUTDOWN_DELAY_MS).then(() => process.exit(0));
  });
}

app.log.info({ dataVersion: app.graphHolder.current.version }, `Open http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/ for the demo page, /api/docs for the API`);

// Retention: daily counters older than three years become monthly ones, when the store opens and then daily.
setInterval(() => store.rollUp(todayInLondon()).catch(() => {}), 24 * 60 * 60 * 1000).unref();

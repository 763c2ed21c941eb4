// The only file that listens. Configuration comes from the environment only (server/config.ts).
import { join } from 'node:path';
import { readConfig, trustProxyOption } from './config.js';
import { buildApp } from './http/app.js';
import { DataError, loadGraph } from './data/load.js';
import { projectRoot } from './root.js';
import { InsightsStore } from './store/counters.js';
import { todayInLondon } from './graph/dates.js';

let config;
try {
  config = readConfig(process.env);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
const dataDir = config.DATA_DIR ?? join(projectRoot(), 'data');
const store = new InsightsStore({
  databaseUrl: config.DATABASE_URL,
  dir: config.STORE ?? join(projectRoot(), '.store'),
  dailyCap: config.INSIGHTS_DAILY_CAP,
  // The store opens at its first use, after the service listens: start-up never waits for it.
  onOpen: (outcome) => 'error' in outcome
    ? app.log.warn({ store: store.engine, reason: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) },
      'insights store unavailable; the signpost works without it')
    : app.log.info({ store: store.engine, ...outcome }, 'insights store ready'),
});

let app: Awaited<ReturnType<typeof buildApp>>;
try {
  app = await buildApp({
    graph: loadGraph(dataDir),
    logger: { level: config.LOG_LEVEL },
    rateLimit: config.RATE_LIMIT_MAX > 0 ? { max: config.RATE_LIMIT_MAX, timeWindow: config.RATE_LIMIT_WINDOW } : false,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    checker: { allowPrivateAddresses: config.CHECKER_ALLOW_PRIVATE_ADDRESSES },
    insights: { store, audience: config.INSIGHTS_AUDIENCE },
  });
  app.addHook('onClose', () => store.close());
} catch (err) {
  // Invalid data stops the service with the message that names file, record and field.
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}

// SIGHUP re-reads the data and swaps the graph in one step; invalid data leaves the old graph serving.
process.on('SIGHUP', () => {
  try {
    const graph = loadGraph(dataDir);
    app.graphHolder.current = graph;
    app.log.info({ dataVersion: graph.version }, 'data reloaded');
  } catch (err) {
    app.log.error({ reason: err instanceof Error ? err.message : String(err) }, 'data reload refused; still serving the previous data');
  }
});

// SIGTERM and SIGINT: report not ready, wait SHUTDOWN_DELAY_MS for load balancers to notice, then stop taking
// new connections and let requests in flight finish.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    app.graphHolder.draining = true;
    setTimeout(() => app.close().then(() => process.exit(0), () => process.exit(1)), config.SHUTDOWN_DELAY_MS);
  });
}

await app.listen({ port: config.PORT, host: config.HOST });

// Retention: daily counters older than three years become monthly ones, when the store opens and then daily.
setInterval(() => store.rollUp(todayInLondon()).catch(() => {}), 24 * 60 * 60 * 1000).unref();

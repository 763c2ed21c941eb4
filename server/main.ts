// The only file that listens. Configuration comes from the environment only (server/config.ts).
import { join } from 'node:path';
import { readConfig, trustProxyOption } from './config.js';
import { buildApp } from './http/app.js';
import { DataError, loadGraph } from './data/load.js';
import { projectRoot } from './root.js';

let config;
try {
  config = readConfig(process.env);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
const dataDir = config.DATA_DIR ?? join(projectRoot(), 'data');

let app: Awaited<ReturnType<typeof buildApp>>;
try {
  app = await buildApp({
    graph: loadGraph(dataDir),
    logger: { level: config.LOG_LEVEL },
    rateLimit: config.RATE_LIMIT_MAX > 0 ? { max: config.RATE_LIMIT_MAX, timeWindow: config.RATE_LIMIT_WINDOW } : false,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    checker: { allowPrivateAddresses: config.CHECKER_ALLOW_PRIVATE_ADDRESSES },
  });
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
app.log.info({ dataVersion: app.graphHolder.current.version }, `Open http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/ for the demo page, /api/docs for the API`);

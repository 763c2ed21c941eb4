// The only file that listens. Configuration comes from the environment only.
import { join } from 'node:path';
import { buildApp } from './http/app.js';
import { DataError, loadGraph } from './graph/load.js';
import { projectRoot } from './root.js';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, not "${env.PORT}"`);
  process.exit(1);
}

let app: Awaited<ReturnType<typeof buildApp>>;
try {
  app = await buildApp({ logger: { level: env.LOG_LEVEL ?? 'info' } });
} catch (err) {
  // Invalid data stops the service with the message that names file, record and field.
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}

// SIGHUP re-reads data/ and swaps the graph in one step; invalid data leaves the old graph serving.
process.on('SIGHUP', () => {
  try {
    const graph = loadGraph(join(projectRoot(), 'data'));
    app.graphHolder.current = graph;
    app.log.info({ dataVersion: graph.version }, 'data reloaded');
  } catch (err) {
    app.log.error({ reason: err instanceof Error ? err.message : String(err) }, 'data reload refused; still serving the previous data');
  }
});

// SIGTERM and SIGINT stop taking new connections and let requests in flight finish.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(() => process.exit(0), () => process.exit(1));
  });
}

await app.listen({ port, host });
app.log.info({ dataVersion: app.graphHolder.current.version }, `Open http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ for the demo page, /api/docs for the API`);

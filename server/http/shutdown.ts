// Stopping without dropping anyone: on SIGTERM the service reports not ready, asks every client to close its
// connection, then stops listening and lets requests in flight finish, within a fixed bound whatever clients do.
import type { FastifyInstance } from 'fastify';
import type { GraphHolder } from './app.js';

/** How long requests in flight may take to finish once the service stops listening. */
export const GRACE_MS = 5_000;

/**
 * 1. At once: /readyz answers 503, every reply carries `Connection: close`, idle keep-alive sockets are closed
 *    (a clean FIN: none of them is part-way through a request).
 * 2. After `delayMs` (time for a load balancer to notice): stop accepting connections; requests in flight finish.
 * 3. After GRACE_MS more: close whatever is still open (a trickled upload, say) and report it.
 * Resolves with true when everything finished in time, false when connections had to be cut.
 */
export function drainAndClose(app: FastifyInstance & { graphHolder: GraphHolder }, delayMs: number): Promise<boolean> {
  app.graphHolder.draining = true;
  const server = app.server;
  // Runs before Fastify's handler, so even a reply sent at once goes out with `Connection: close`.
  server.prependListener('request', (_request, response) => {
    response.shouldKeepAlive = false;
  });
  server.closeIdleConnections();
  return new Promise((resolve) => {
    setTimeout(() => {
      const cut = setTimeout(() => {
        app.log.warn('requests still open after the grace period were closed');
        server.closeAllConnections();
        resolve(false);
      }, GRACE_MS);
      cut.unref();
      app.close().then(() => {
        clearTimeout(cut);
        resolve(true);
      }, () => resolve(false));
    }, delayMs).unref();
  });
}

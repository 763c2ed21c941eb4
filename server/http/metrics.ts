// /metrics in the Prometheus text format (prom-client): what operators need to see a flood, a failing store or an
// overloaded process. Counts and timings only: never an address, an answer or a path with its query.
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { InsightsStore, StoreState } from '../store/counters.js';

export type EventOutcome = 'accepted' | 'capped' | 'refused' | 'unavailable';
const STATES: StoreState[] = ['not-opened', 'up', 'down', 'recovering'];

export class Metrics {
  readonly registry = new Registry();
  readonly events = new Counter({
    name: 'signpost_insights_events_total', help: 'Insights events by kind and outcome: accepted, capped (daily limit per address), refused (not valid) or unavailable (store down).',
    labelNames: ['kind', 'outcome'] as const, registers: [this.registry],
  });
  readonly checkerFetches = new Counter({
    name: 'signpost_checker_fetches_total', help: 'Complaints pages the checker fetched, by outcome (ok, or the error code).',
    labelNames: ['outcome'] as const, registers: [this.registry],
  });
  readonly tooManyRequests = new Counter({
    name: 'signpost_http_429_total', help: 'Requests refused with 429, by route.', labelNames: ['route'] as const, registers: [this.registry],
  });
  readonly storeCalls = new Histogram({
    name: 'signpost_store_call_seconds', help: 'Insights store calls by call and outcome (ok, failed, refused by the breaker or the queue).',
    labelNames: ['call', 'outcome'] as const, buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5], registers: [this.registry],
  });

  constructor() {
    // Process metrics, event-loop lag (nodejs_eventloop_lag_seconds) among them.
    collectDefaultMetrics({ register: this.registry });
  }

  /** The store's state as a gauge per state (1 for the current one), and every call's time. */
  watchStore(store: InsightsStore) {
    new Gauge({
      name: 'signpost_store_state', help: 'The insights store\'s state: 1 for the current one.', labelNames: ['engine', 'state'] as const,
      registers: [this.registry],
      collect() {
        const { engine, state } = store.status();
        for (const s of STATES) this.set({ engine, state: s }, s === state ? 1 : 0);
      },
    });
    new Gauge({
      name: 'signpost_store_queued_calls', help: 'Insights store calls waiting for their turn.', registers: [this.registry],
      collect() { this.set(store.status().queued); },
    });
    store.watch((call, seconds, outcome) => this.storeCalls.observe({ call, outcome }, seconds));
  }

  /** Serves /metrics and counts every 429 by its route. */
  register(app: FastifyInstance) {
    app.addHook('onResponse', async (request, reply) => {
      if (reply.statusCode === 429) this.tooManyRequests.inc({ route: request.routeOptions.url ?? 'unknown' });
    });
    app.get('/metrics', { schema: { hide: true }, config: { rateLimit: false } }, async (_request, reply) =>
      reply.header('Cache-Control', 'no-store').type(this.registry.contentType).send(await this.registry.metrics()));
  }
}

// Builds the Fastify app. The only file that listens is server/main.ts; tests build the app and inject.
import { join } from 'node:path';
import cors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadGraph, type Graph } from '../data/load.js';
import { projectRoot } from '../root.js';
import { clientErrorHandler, errorHandler, notFoundHandler, refuseBadPreflight, RequestBodyError } from './errors.js';
import { serializers } from './logging.js';
import { Metrics } from './metrics.js';
import { securityHeaders } from './security-headers.js';
import { languages } from './language.js';
import { apiRoutes } from './routes/api.js';
import { checkerRoutes, type CheckerOptions } from './routes/checker.js';
import { openReferralRoutes } from './routes/openreferral.js';
import { insightsRoutes } from './routes/insights.js';
import type { InsightsStore } from '../store/counters.js';
import type { CappedEvent } from '../insights/address-caps.js';
import type { StaffOptions } from './staff.js';
import widgetRoutes from './routes/widget.js';

const RESERVED_KEY = /"(?:__proto__|constructor|prototype)"\s*:/;

/** The whole request, headers and body, must arrive within this time; a slower one is answered 408 and closed. */
export const REQUEST_DEADLINE_MS = 15_000;

/** Events one address may send in a day: a ward or call centre behind one address finishes many journeys, but a
 *  person tells how a complaint went once or twice. INSIGHTS_ADDRESS_CAP_PLANS and _FOLLOW_UPS change them. */
export const DEFAULT_ADDRESS_CAPS: Record<CappedEvent, number> = { plan: 200, 'follow-up': 10 };

export interface AppOptions {
  /** The routing graph; loaded from data/ when not given. */
  graph?: Graph;
  /** Logging: false for none (the default, for tests), or a level and an optional destination stream. */
  logger?: false | { level?: string; stream?: NodeJS.WritableStream };
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** API requests per client per window; false (the default, for tests) turns it off. */
  rateLimit?: false | { max: number; timeWindow: string | number; redisUrl?: string };
  /** Which proxies are believed in X-Forwarded-For (see trustProxyOption in server/config.ts); none by default. */
  trustProxy?: false | string[] | ((address: string, hop: number) => boolean);
  /** The whole-request deadline in ms (tests shorten it). */
  requestDeadlineMs?: number;
  /** The complaints page checker: its fetcher (private addresses only for tests), and how much it takes on. */
  checker?: CheckerOptions;
  /** Anonymous counts (the insights store); left out, the insights routes and pages are not served. */
  insights?: { store: InsightsStore; audience?: string; addressCaps?: Record<CappedEvent, number> };
  /** The service's public address, such as https://signpost.example.org: printed in snippets, links and the poster,
   *  never taken from the Host or X-Forwarded-Host headers. */
  publicOrigin?: string;
  /** Staff-only features: open on a local demo (the default outside production), refused otherwise (server/http/staff.ts). */
  staff?: StaffOptions;
}

/** Holds the graph in force, so a reload can swap it for every request at once, and whether the service is
 *  shutting down (then it stops reporting ready, so a load balancer sends no new requests). */
export interface GraphHolder { current: Graph; draining?: boolean }

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance & { graphHolder: GraphHolder }> {
  const root = projectRoot();
  const holder: GraphHolder = { current: options.graph ?? loadGraph(join(root, 'data')) };
  const rateLimit = options.rateLimit ?? false;
  const deadline = options.requestDeadlineMs ?? REQUEST_DEADLINE_MS;
  const app = Fastify({
    logger: options.logger ? { level: options.logger.level ?? 'info', serializers, ...(options.logger.stream && { stream: options.logger.stream }) } : false,
    bodyLimit: options.bodyLimit ?? 16 * 1024,
    trustProxy: (options.trustProxy ?? false) as FastifyServerOptions['trustProxy'],
    // A slow or stalled client must not hold a connection open for long. Node enforces the request deadline only
    // when it is given as the server is created (so in `http` too), and checks it every second.
    connectionTimeout: 15_000,
    requestTimeout: deadline,
    http: { requestTimeout: deadline, headersTimeout: Math.min(10_000, deadline), connectionsCheckingInterval: 1_000 },
    keepAliveTimeout: 5_000,
    clientErrorHandler,
    frameworkErrors: errorHandler,
    // While shutting down, requests on open connections are still answered (each reply closes its connection).
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Responses are built by our own typed code and checked against the same schemas in the API tests, so
  // serialisation is plain JSON.stringify: no per-request schema work on the way out.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  // JSON only. Keys that could reach an object's prototype are refused outright rather than stripped silently.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (RESERVED_KEY.test(text)) return done(new RequestBodyError('reserved_key', 'The request uses a reserved key such as "__proto__" or "constructor". Send only the answers and context.'), undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new RequestBodyError('not_json', 'The request body is not valid JSON.'), undefined);
    }
  });
  app.setNotFoundHandler(notFoundHandler);

  securityHeaders(app);
  languages(app);
  const metrics = new Metrics();
  metrics.register(app);
  if (options.insights) metrics.watchStore(options.insights.store);
  app.addHook('onRequest', refuseBadPreflight);
  if (rateLimit) {
    // With several instances the counts live in Redis, so N instances allow the limit once, not N times. A Redis
    // that fails is skipped (requests pass) rather than taking the signpost down.
    const redis = rateLimit.redisUrl
      ? new (await import('ioredis')).Redis(rateLimit.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1, lazyConnect: false })
      : undefined;
    if (redis) {
      redis.on('error', () => {});
      app.addHook('onClose', async () => { redis.disconnect(); });
    }
    await app.register(fastifyRateLimit, {
      max: rateLimit.max,
      timeWindow: rateLimit.timeWindow,
      ...(redis && { redis, skipOnError: true, nameSpace: 'signpost-rate-limit-' }),
      // Pages, the widget and its parts are not counted (they say `rateLimit: false`): a ward behind one address
      // loading the widget must not use up its API allowance.
      // Only the count per client is kept, in memory, for one window; nothing else about the client.
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        error: { code: 'too_many_requests', message: `Too many requests. Please wait ${Math.ceil(context.ttl / 1000)} seconds and try again.` },
      }),
    });
  }

  // Public, credential-free endpoints: any site may call them, and no cookie or credential is ever involved.
  await app.register(cors, { origin: '*', credentials: false, methods: ['GET', 'POST', 'OPTIONS'], maxAge: 86400 });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Complaints signposting API',
        version: '1.0.0',
        description: 'Who to complain to about health and social care in the UK, how, by when, and where to get free help. '
          + 'Every endpoint takes `?lang=en|cy` (default `en`; without it, `Accept-Language: cy` is honoured) and `?reading=standard|easy` (Easy Read): '
          + 'the words change, never the ids, answer values or dates. Answers carry `Content-Language` and `Vary: Accept-Language`; an unknown `lang` is a 400 (`unsupported_language`).',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // Swagger UI sets its own CSP with hashes for its few inline parts.
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(apiRoutes, { holder, ...(options.insights && { storeStatus: () => options.insights!.store.status() }) });
  await app.register(checkerRoutes, { holder, options: options.checker ?? {}, metrics });
  await app.register(openReferralRoutes, { holder, publicOrigin: options.publicOrigin });
  if (options.insights) {
    await app.register(insightsRoutes, {
      holder, store: options.insights.store, demoDir: join(root, 'widget/demo'),
      audience: options.insights.audience ?? 'local scrutiny bodies such as local Healthwatch',
      addressCaps: options.insights.addressCaps ?? DEFAULT_ADDRESS_CAPS,
      staff: options.staff ?? { localDemo: process.env.NODE_ENV !== 'production' },
      metrics,
    });
  }
  await app.register(widgetRoutes, { distDir: join(root, 'dist/widget'), demoDir: join(root, 'widget/demo'), holder, publicOrigin: options.publicOrigin });
  return Object.assign(app, { graphHolder: holder });
}

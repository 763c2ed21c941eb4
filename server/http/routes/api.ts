// The public JSON API, version 1 (shared/docs/api-contract.md). Thin: validate, call the pure engine, reply.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AreaLookupSchema, BodySchema, ErrorSchema, JourneyResponseSchema, MetaSchema, PlanRequestSchema, PlanResponseSchema,
  ProviderResultSchema, QuestionViewSchema, type Body, type JourneyResponse, type PlanRequest,
} from '../../graph/api-schemas.js';
import { todayInLondon } from '../../graph/dates.js';
import { NationSchema } from '../../graph/contract.js';
import { IsoDateSchema } from '../../graph/schemas.js';
import { nextStep } from '../../graph/journey.js';
import { buildMeta } from '../../graph/meta.js';
import { areaBodies, buildPlan, toBody } from '../../graph/plan.js';
import { readSituation, type Situation } from '../../graph/situation.js';
import { edition, editionKey, type Graph } from '../../graph/graph.js';
import type { GraphHolder } from '../app.js';
import { answerJson } from '../answer-json.js';
import type { Encoded } from '../content-encoding.js';
import { requestKey, ResponseCache } from '../response-cache.js';
import { INVALID, NOT_MODIFIED, TOO_MANY } from '../responses.js';

// Every answer an endpoint can give, described for the OpenAPI document.
const errors = {
  400: INVALID,
  404: ErrorSchema.describe('A postcode that is well formed but not known (code postcode_not_found).'),
  413: ErrorSchema.describe('The request body is larger than 16 kB.'),
  429: TOO_MANY,
};
/** A request that gets the plan in the examples below: a real month in the past, and options that fit a care home. */
export const PLAN_EXAMPLE = {
  answers: { nation: 'england', service: 'care-home', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-05', postcode: 'LS1 4AP' },
  context: { provider: { name: 'Riverside Care Home', phone: '0113 496 0000', service: 'care-home' } },
};
const JOURNEY_EXAMPLE = { answers: { nation: 'england', service: 'gp' } };

/** The graph in the words the request asked for. */
const wordsFor = (holder: GraphHolder, request: FastifyRequest) => edition(holder.current, request.language, request.reading);

/** GET answers change only with the data, the words asked for (and, where dates matter, the day): an ETag lets
 *  browsers and CDNs reuse them. */
function notModified(request: FastifyRequest, reply: FastifyReply, tag: string, cacheControl = 'public, max-age=300, stale-while-revalidate=3600'): boolean {
  const etag = `${tag.slice(0, -1)}-${editionKey(request.language, request.reading)}"`;
  reply.header('ETag', etag).header('Cache-Control', cacheControl);
  if (request.headers['if-none-match'] === etag) {
    reply.code(304).send();
    return true;
  }
  return false;
}

/** Sends JSON already serialised by the response cache, compressed when the client accepts it. */
const sendJson = (request: FastifyRequest, reply: FastifyReply, body: Encoded) =>
  reply.type('application/json; charset=utf-8').send(body.for(request, reply));

/** The insights store's state, as /readyz reports it (InsightsStore.status). */
const StoreStatusSchema = z.object({
  engine: z.enum(['pglite', 'postgres']),
  state: z.enum(['not-opened', 'up', 'down', 'recovering']).describe('down: counts are refused until the store answers again; it is retried by itself.'),
  lastError: z.string().optional(),
  retryInSeconds: z.number().int().optional(),
  queued: z.number().int().describe('Calls waiting for their turn.'),
}).describe('The insights store: counts only, never needed for plans.');

export const apiRoutes: FastifyPluginAsyncZod<{ holder: GraphHolder; storeStatus?: () => z.infer<typeof StoreStatusSchema> }> = async (app, { holder, storeStatus }) => {
  const cache = new ResponseCache();

  /** The journey and the plan: read the answers once per distinct request, and serve repeats from the cache. */
  const answer = (
    kind: 'journey' | 'plan',
    { answers, context }: PlanRequest,
    request: FastifyRequest,
    reply: FastifyReply,
    respond: (graph: Graph, situation: Situation) => JourneyResponse,
  ) => {
    const graph = wordsFor(holder, request);
    const today = context?.today ?? todayInLondon();
    // The cache keys on the words too: the same answers in Welsh are another response.
    const body = cache.get(requestKey(`${kind} ${editionKey(graph.language, graph.reading)}`, graph.version, today, answers, context?.provider), () =>
      answerJson(respond(graph, readSituation(graph, answers, { ...context, today }))));
    return sendJson(request, reply, body);
  };

  app.post('/api/v1/journey', {
    schema: {
      summary: 'One step of the guided journey',
      description: 'Send the answers so far; get the next question, or the plan when nothing more is needed.',
      body: PlanRequestSchema.meta({ example: JOURNEY_EXAMPLE }),
      response: { 200: JourneyResponseSchema.describe('The next question to ask, or the plan when nothing more is needed.'), ...errors },
    },
  }, async (request, reply) => answer('journey', request.body, request, reply, (graph, situation) => nextStep(graph, situation)));

  app.post('/api/v1/plan', {
    schema: {
      summary: 'The plan for a set of answers, in one call',
      description: 'Questions not answered are treated as not known: the plan says what it assumed and what that leaves open. Never asks a question back.',
      body: PlanRequestSchema.meta({ example: PLAN_EXAMPLE }),
      response: { 200: PlanResponseSchema.describe('The plan: steps in order, with bodies, contacts, deadlines and sources.'), ...errors },
    },
  }, async (request, reply) => answer('plan', request.body, request, reply, (graph, situation) => ({ status: 'plan' as const, plan: buildPlan(graph, situation) })));

  app.get('/api/v1/questions', {
    schema: {
      summary: 'Every question, its options and when it is asked',
      response: {
        200: z.object({
          dataVersion: z.string(),
          questions: z.array(QuestionViewSchema.extend({
            short: z.string().describe('A few words naming the answer in summaries.'),
            askWhen: z.record(z.string(), z.array(z.string())).optional(),
          })),
        }).describe('Every question, in the order the journey asks them.'),
        304: NOT_MODIFIED,
        429: TOO_MANY,
      },
    },
  }, async (request, reply) => {
    const graph = wordsFor(holder, request);
    if (notModified(request, reply, `"q-${graph.version}"`)) return reply;
    return {
      dataVersion: graph.version,
      questions: graph.questions.map((q) => ({
        id: q.id, kind: q.kind, text: q.text, short: q.short, ...(q.hint && { hint: q.hint }), prompt: q.prompt, whyItMatters: q.whyItMatters,
        optional: q.optional, ...(q.askWhen && { askWhen: q.askWhen as Record<string, string[]> }),
        options: q.options.map(({ value, label, hint, group }) => ({ value, label, ...(hint && { hint }), ...(group && { group }) })),
      })),
    };
  });

  app.get('/api/v1/bodies', {
    schema: {
      summary: 'The national directory of bodies, with contacts, sources and dates',
      querystring: z.strictObject({
        role: BodySchema.shape.role.optional().meta({ example: 'ombudsman' }),
        nation: z.enum(['england', 'wales', 'scotland', 'northern-ireland']).optional().meta({ example: 'england' }),
      }),
      response: {
        200: z.object({ dataVersion: z.string(), bodies: z.array(BodySchema) }).describe('The national bodies that match the filters.'),
        304: NOT_MODIFIED,
        400: INVALID,
        429: TOO_MANY,
      },
    },
  }, async (request, reply) => {
    const graph = wordsFor(holder, request);
    const { role, nation } = request.query;
    if (notModified(request, reply, `"b-${graph.version}-${role ?? ''}-${nation ?? ''}"`)) return reply;
    const bodies = [...graph.bodies.values()]
      .filter((b) => (!role || b.role === role) && (!nation || b.nations.includes(nation)))
      .map(toBody);
    return { dataVersion: graph.version, bodies };
  });

  app.get('/api/v1/bodies/:id', {
    schema: {
      summary: 'One body, national or local',
      params: z.object({ id: z.string().regex(/^[a-z0-9-]{2,80}$/i, 'must be a body id such as phso').meta({ example: 'phso' }) }),
      response: {
        200: BodySchema.describe('The body, with its contacts, sources and the date they were checked.'),
        304: NOT_MODIFIED,
        400: INVALID,
        404: ErrorSchema.describe('There is no body with that id (code body_not_found).'),
        429: TOO_MANY,
      },
    },
  }, async (request, reply) => {
    const graph = holder.current;
    const today = todayInLondon();
    if (notModified(request, reply, `"${request.params.id}-${graph.version}-${today}"`)) return reply;
    const body = findBody(wordsFor(holder, request), request.params.id, today);
    if (!body) return reply.code(404).send({ error: { code: 'body_not_found', message: `There is no body with the id "${request.params.id}".` } });
    return body;
  });

  app.get('/api/v1/providers', {
    schema: {
      summary: 'Find a hospital, trust or health board by the name people use',
      description: 'Matches official, former, short and Welsh names, ignoring case, accents, apostrophes and punctuation ("jimmys" finds St James\'s University Hospital). Best match first: the whole name, then its start, then the start of a word. Send a result\'s `id` as the plan answer `provider`.',
      querystring: z.strictObject({
        q: z.string().trim().min(2, 'type at least 2 letters').max(100).describe('What the person typed.').meta({ example: 'LGI' }),
        nation: NationSchema.optional().describe('Only organisations in this nation.').meta({ example: 'england' }),
        limit: z.coerce.number().int().min(1).max(50).default(10).describe('How many results, at most (1 to 50).'),
      }),
      response: {
        200: z.object({ results: z.array(ProviderResultSchema) }).describe('Matching hospitals and organisations, best first; none is an empty list.'),
        400: ErrorSchema.describe('`q` shorter than 2 characters, an unknown `nation` (the allowed ones are listed), or a `limit` out of range.'),
        429: TOO_MANY,
      },
    },
  }, async (request, reply) => {
    const { q, nation, limit } = request.query;
    reply.header('Cache-Control', 'public, max-age=300');
    return { results: holder.current.providers.search(q, { nation, limit }) };
  });

  app.get('/api/v1/areas/lookup', {
    schema: {
      summary: 'The council area and local bodies for a postcode',
      description: 'A full postcode resolves exactly; an outward code lists every council it touches with its share of postcodes.',
      querystring: z.strictObject({
        postcode: z.string().trim().min(2, 'give a postcode such as LS1 4AP').max(10, 'a postcode has at most 8 characters')
          .describe('A UK postcode, full (LS1 4AP) or its first part (LS1), in any case and spacing. Anything not shaped like a UK postcode is a 400 (invalid_postcode).')
          .meta({ example: 'LS1 4AP' }),
        today: IsoDateSchema.optional().describe('The date local bodies are chosen for (default: today).'),
      }),
      response: {
        200: AreaLookupSchema.describe('The council area, every council an outward code touches, and the local bodies (England, Wales and Scotland; Northern Ireland asks the trust area instead).'),
        304: NOT_MODIFIED,
        400: ErrorSchema.describe('Not shaped like a UK postcode (code invalid_postcode).'),
        404: ErrorSchema.describe('Shaped like a UK postcode, but not one we know (code postcode_not_found).'),
        429: TOO_MANY,
      },
    },
  }, async (request, reply) => {
    const graph = holder.current;
    const today = request.query.today ?? todayInLondon();
    const result = graph.areas.lookup(request.query.postcode);
    if (result.kind === 'invalid') {
      return reply.code(400).send({ error: { code: 'invalid_postcode', message: 'That is not a UK postcode. Give a full postcode like LS1 4AP, or the first part like LS1.', question: 'postcode' } });
    }
    if (result.kind === 'not-found') {
      return reply.code(404).send({ error: { code: 'postcode_not_found', message: `We could not find the postcode ${result.query}. Check it, or give just the first part, like LS1.`, question: 'postcode' } });
    }
    // The postcode is in the URL: only the browser may keep the answer, so shared caches and their logs never hold it.
    if (notModified(request, reply, `"a-${graph.version}-${today}-${result.query.replace(/\W/g, '')}"`, 'private, max-age=300')) return reply;
    const bodies = result.area ? areaBodies(graph, graph.areas.bodiesFor(result.area.code, today, result.district), result.nation, today) : [];
    const { kind: _kind, district: _district, ...found } = result;
    return { ...found, bodies };
  });

  app.get('/api/v1/meta', {
    schema: {
      summary: 'Data version, when each part was checked, and changes scheduled ahead',
      response: { 200: MetaSchema.describe('The data version, how fresh each file is, and changes written in ahead of their date.'), 304: NOT_MODIFIED, 429: TOO_MANY },
    },
  }, async (request, reply) => {
    const graph = wordsFor(holder, request);
    const today = todayInLondon();
    if (notModified(request, reply, `"m-${graph.version}-${today}"`)) return reply;
    return buildMeta(graph, today);
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/readyz', {
    schema: {
      summary: 'Readiness: whether to send this instance traffic',
      response: {
        200: z.object({ status: z.literal('ready'), store: StoreStatusSchema.optional() })
          .describe('Ready: send this instance traffic. Plans never need the insights store, so a store that is down is reported here but does not make the instance unready.'),
        503: z.object({ status: z.literal('shutting-down'), store: StoreStatusSchema.optional() }).describe('Shutting down: send no new requests here.'),
      },
    },
    config: { rateLimit: false },
  }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const store = storeStatus?.();
    return holder.draining
      ? reply.code(503).send({ status: 'shutting-down' as const, ...(store && { store }) })
      : { status: 'ready' as const, ...(store && { store }) };
  });

  app.get('/healthz', {
    schema: {
      summary: 'Liveness: the process is up and has valid data loaded',
      response: { 200: z.object({ status: z.literal('ok'), dataVersion: z.string() }).describe('Up, with valid data loaded.') },
    },
    config: { rateLimit: false },
  }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { status: 'ok' as const, dataVersion: holder.current.version };
  });
};

/** A national body by id, or a local one (council-…, icb-…, a local Healthwatch or advocacy service). */
function findBody(graph: Graph, id: string, today: string): Body | undefined {
  const national = graph.bodies.get(id);
  if (national) return toBody(national);
  const council = /^council-(E\d{8})/.exec(id)?.[1];
  const areas = graph.areas;
  const candidates = council ? [council] : [...areas.councils.keys()];
  for (const code of candidates) {
    const local = areas.bodiesFor(code, today);
    const found = [local.council, local.safeguarding, local.children, ...local.icbs, local.healthwatch, local.advocacy].find((b) => b?.id === id);
    if (found) return found;
  }
  return undefined;
}

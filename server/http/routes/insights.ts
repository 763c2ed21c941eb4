// The insights API (shared/docs/api-contract.md, "Insights"): events in, counted through the engine so that only
// plans the service could serve are counted; reports out, with disclosure control. Nothing a person typed is kept
// or logged: the postcode becomes a council code, then is dropped.
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema } from '../../graph/api-schemas.js';
import { todayInLondon } from '../../graph/dates.js';
import { nextStep } from '../../graph/journey.js';
import { buildPlan } from '../../graph/plan.js';
import { AnswerError, readSituation } from '../../graph/situation.js';
import { AddressCaps, type CappedEvent } from '../../insights/address-caps.js';
import { followUpCounters, planCounters, refuseContradictions, REPORTS, type CounterIncrement } from '../../insights/counting.js';
import { DISCLOSURE_RULE, discloseRows } from '../../insights/disclosure.js';
import {
  FollowUpEventSchema, FollowUpReportQuerySchema, PlanReportQuerySchema, PlanShownEventSchema, ReportSchema,
  type FollowUpEvent, type Report, type ReportQueryInput,
} from '../../insights/schemas.js';
import type { CounterKind, InsightsStore, Source } from '../../store/counters.js';
import type { GraphHolder } from '../app.js';
import { INVALID, TOO_MANY } from '../responses.js';
import type { Metrics } from '../metrics.js';
import { staffAccess, type StaffOptions } from '../staff.js';
import { PLAN_EXAMPLE } from './api.js';
import { insightsPages } from './insights-pages.js';

const STORE_DOWN = ErrorSchema.describe('The counts cannot be recorded or read just now (code store_unavailable). The signpost still works.');
const errors = {
  400: INVALID,
  403: ErrorSchema.describe('Counts from the call-handler console need a staff sign-in (code staff_only).'),
  404: ErrorSchema.describe('A postcode that is well formed but not known (code postcode_not_found).'),
  413: ErrorSchema.describe('The request body is larger than 16 kB.'),
  429: TOO_MANY,
  503: STORE_DOWN,
};
const Accepted = z.object({ status: z.literal('accepted') }).describe('Counted. Nothing else about the request is kept.');
const REPORT = ReportSchema.describe('The counts, with 1 to 7 shown as null and the rest rounded to the nearest 5.');
const FOLLOW_UP_EXAMPLE = { answers: { nation: 'england', service: 'gp' }, result: 'partly', experience: { 'listened-to': 'agree', simple: 'disagree' } };
const UNAVAILABLE = { error: { code: 'store_unavailable', message: 'Counts cannot be recorded or read just now. The signpost still works.' } };
const DAILY_LIMIT = { error: { code: 'daily_limit', message: 'This address has sent as many of these as one address may in a day, so this one was not counted. Thank you.' } };
const ADDRESS_LIMIT_NOTE = 'One address may send only so many of these a day; past that, each is answered 429 with the code daily_limit and not counted.';
const LOG_EVERY_MS = 60_000;
/** How far a plan's data may be behind the data served now and its event still count. */
const DATA_VERSION_GRACE_DAYS = 31;

/** A plan made from this data, or from earlier data of the last month: during a rolling deploy (or after a reload)
 *  a plan shown a minute earlier by an instance with the previous data still counts. Its answers are then read
 *  with the data served now, and refused as usual if they are no longer valid. Versions are `<newest date
 *  checked>.<hash of the files>` (server/data/load.ts); anything else, or newer data than ours, is refused. */
export function isRecentDataVersion(version: string, current: string): boolean {
  if (version === current) return true;
  const day = /^(\d{4}-\d{2}-\d{2})\.[0-9a-f]{8,64}$/.exec(version)?.[1];
  const ours = current.slice(0, 10);
  if (!day || day > ours) return false;
  return Date.parse(ours) - Date.parse(day) <= DATA_VERSION_GRACE_DAYS * 86_400_000;
}
const EVENT_ROUTES: Record<string, CounterKind> = { '/api/v1/insights/events': 'plan', '/api/v1/insights/follow-up': 'follow-up' };

/** Events dropped (the store is down) or capped (one address's daily allowance is used up): only their number is
 *  logged, at the first, then at most once a minute. Never the event itself nor the address, and never queued. */
class ThrottledCount {
  total = 0;
  #loggedAt = 0;
  #sinceLog = 0;
  constructor(private readonly log: FastifyBaseLogger, private readonly event: string, private readonly message: string, private readonly now = Date.now) {}
  add(fields: Record<string, unknown> = {}) {
    this.total += 1;
    this.#sinceLog += 1;
    if (this.now() - this.#loggedAt < LOG_EVERY_MS && this.#loggedAt !== 0) return;
    this.log.warn({ event: this.event, droppedEvents: this.#sinceLog, droppedSinceStart: this.total, ...fields }, this.message);
    this.#loggedAt = this.now();
    this.#sinceLog = 0;
  }
}

/** The first and last days of a span of months (YYYY-MM). */
export function monthSpan(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const last = to && new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return { ...(from && { from: `${from}-01` }), ...(last && { to: last }) };
}

/** Reads a report and applies disclosure control. Shared by the API and the /insights page. */
async function readReport(store: InsightsStore, kind: CounterKind, q: ReportQueryInput, dataVersion: string): Promise<Report> {
  const spec = (REPORTS[kind] as Record<string, { dimension: string; groupBy: 'value' | 'service' | 'area' | 'month' | 'statement' }>)[q.by]!;
  const raw = await store.report({ kind, ...spec, area: q.area, ...monthSpan(q.from, q.to), source: q.source });
  const { rows, total } = discloseRows(raw);
  // Largest first by the published count (so the order of suppressed cells says nothing), except months, in order.
  if (q.by !== 'month') rows.sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.value.localeCompare(b.value));
  return {
    by: q.by, area: q.area ?? null, from: q.from ?? null, to: q.to ?? null, rows, total, rule: DISCLOSURE_RULE,
    extracted: todayInLondon(), dataVersion,
  };
}

export interface InsightsRouteOptions {
  holder: GraphHolder;
  store: InsightsStore;
  demoDir: string;
  audience: string;
  /** Events one address may send in a day, of each kind. */
  addressCaps: Record<CappedEvent, number>;
  staff: StaffOptions;
  metrics?: Metrics;
}

export const insightsRoutes: FastifyPluginAsyncZod<InsightsRouteOptions> = async (app, { holder, store, demoDir, audience, addressCaps, staff, metrics }) => {
  const drops = new ThrottledCount(app.log, 'store-drop', 'insights store unavailable: events dropped');
  const capHits = new ThrottledCount(app.log, 'cap-hit', 'daily limit per address reached: events not counted');
  const caps = new AddressCaps(addressCaps);
  /** Takes one event from the address's allowance for today, or counts a cap hit. */
  const admit = (kind: CappedEvent, address: string) => {
    if (caps.take(kind, address)) return true;
    capHits.add({ kind });
    metrics?.events.inc({ kind, outcome: 'capped' });
    return false;
  };
  // Events refused as not valid (any 4xx but a cap) are counted here, so a flood of bad events shows too.
  app.addHook('onResponse', async (request, reply) => {
    const kind = EVENT_ROUTES[request.routeOptions.url ?? ''];
    if (kind && reply.statusCode >= 400 && reply.statusCode < 500 && reply.statusCode !== 429) metrics?.events.inc({ kind, outcome: 'refused' });
  });

  const record = async (kind: CounterKind, source: Source, inc: CounterIncrement) => {
    try {
      await store.count({ kind, day: todayInLondon(), source, ...inc });
      metrics?.events.inc({ kind, outcome: 'accepted' });
      return true;
    } catch (err) {
      metrics?.events.inc({ kind, outcome: 'unavailable' });
      drops.add({ reason: err instanceof Error ? err.message : String(err) });
      return false;
    }
  };

  app.post('/api/v1/insights/events', {
    schema: {
      summary: 'Count a plan that was shown',
      description: `${ADDRESS_LIMIT_NOTE} Adds 1 to counters by day, nation, council area, service, funding, stage, who, each concern and each outcome. `
        + 'The answers must be ones the service accepts for the current data version. The postcode becomes a council area and is dropped.',
      // The example carries the data version being served, as a plan from this service would.
      body: PlanShownEventSchema.meta({ example: { event: 'plan-shown', dataVersion: holder.current.version, answers: { ...PLAN_EXAMPLE.answers, outcome: ['explanation', 'apology'], who: 'me' } } }),
      response: { 202: Accepted, ...errors },
    },
  }, async (request, reply) => {
    const { dataVersion, source, answers, provider } = request.body;
    const graph = holder.current;
    if (!isRecentDataVersion(dataVersion, graph.version)) {
      return reply.code(400).send({ error: { code: 'unknown_data_version', message: `The plan was not made from the data this service is serving (${graph.version}), nor from data of the month before it.` } });
    }
    if (source === 'handler') {
      const access = staffAccess(request, staff);
      if (!access.allowed) return reply.code(403).send({ error: { code: 'staff_only', message: access.reason } });
      if (!answers.nation || !answers.service) {
        return reply.code(400).send({ error: { code: 'not_a_plan', message: 'A call handler\'s plan is counted only with the nation and the service answered.' } });
      }
    }
    const situation = readSituation(graph, answers);
    refuseContradictions(graph, answers);
    // A public journey ends in a plan only when every question asked has an answer; the call handler's plan may
    // still have unknowns. Either way the engine must be able to build it.
    if (source === 'public') {
      if (nextStep(graph, situation).status !== 'plan') {
        return reply.code(400).send({ error: { code: 'not_a_plan', message: 'These answers do not finish a journey, so no plan was shown for them.' } });
      }
    } else {
      buildPlan(graph, situation);
    }
    if (!admit('plan', request.ip)) return reply.code(429).send(DAILY_LIMIT);
    if (!(await record('plan', source, planCounters(situation, provider)))) {
      caps.giveBack('plan', request.ip);
      return reply.code(503).send(UNAVAILABLE);
    }
    return reply.code(202).send({ status: 'accepted' as const });
  });

  app.post('/api/v1/insights/follow-up', {
    schema: {
      summary: 'Count how a complaint went',
      description: `${ADDRESS_LIMIT_NOTE} Adds 1 to the counter for the result and for each statement answered. Nothing else is kept.`,
      body: FollowUpEventSchema.meta({ example: FOLLOW_UP_EXAMPLE }),
      response: { 202: Accepted, ...errors },
    },
  }, async (request, reply) => {
    const outcome = await countFollowUp(request.body, request.ip);
    if (outcome === 'capped') return reply.code(429).send(DAILY_LIMIT);
    if (outcome === 'unavailable') return reply.code(503).send(UNAVAILABLE);
    return reply.code(202).send({ status: 'accepted' as const });
  });

  /** Also used by the /follow-up page's form. Throws AnswerError for answers the engine refuses. */
  const countFollowUp = async (event: FollowUpEvent, address: string): Promise<'counted' | 'capped' | 'unavailable'> => {
    const graph = holder.current;
    // The link from a plan carries the council, not the postcode; the area question itself is asked only when a
    // postcode is ambiguous, so the engine would set it aside.
    const { area, ...answers } = event.answers;
    if (area && !graph.areas.councilName(area)) {
      throw new AnswerError('unknown_area', `"${area}" is not the code of an English council with social services.`, 'area');
    }
    const situation = readSituation(graph, answers);
    refuseContradictions(graph, answers, area || undefined);
    if (!admit('follow-up', address)) return 'capped';
    if (await record('follow-up', 'public', followUpCounters(situation, event, area || undefined))) return 'counted';
    caps.giveBack('follow-up', address);
    return 'unavailable';
  };

  /** A report, or null when the store cannot be read. */
  const report = (kind: CounterKind, q: ReportQueryInput) => readReport(store, kind, q, holder.current.version).catch(() => null);

  app.get('/api/v1/insights', {
    schema: {
      summary: 'How many plans were shown, by service, concern, stage, area or month',
      description: DISCLOSURE_RULE,
      querystring: PlanReportQuerySchema.extend({ by: PlanReportQuerySchema.shape.by.meta({ example: 'service' }) }),
      response: { 200: REPORT, 400: INVALID, 429: TOO_MANY, 503: STORE_DOWN },
    },
  }, async (request, reply) => {
    const result = await report('plan', request.query);
    return result ? reply.header('Cache-Control', 'public, max-age=60').send(result) : reply.code(503).send(UNAVAILABLE);
  });

  app.get('/api/v1/insights/follow-up', {
    schema: {
      summary: 'How complaints went, by result or statement, service, area or month',
      description: DISCLOSURE_RULE,
      querystring: FollowUpReportQuerySchema.extend({ by: FollowUpReportQuerySchema.shape.by.meta({ example: 'result' }) }),
      response: { 200: REPORT, 400: INVALID, 429: TOO_MANY, 503: STORE_DOWN },
    },
  }, async (request, reply) => {
    const result = await report('follow-up', request.query);
    return result ? reply.header('Cache-Control', 'public, max-age=60').send(result) : reply.code(503).send(UNAVAILABLE);
  });

  await insightsPages(app, { holder, report, countFollowUp, demoDir, audience });
};


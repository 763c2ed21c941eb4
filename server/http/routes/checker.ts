// POST /api/v1/checks/complaints-page: checks a complaints page (pasted HTML or text, or fetched from a public URL)
// against what the routing graph says the page should tell people. Nothing sent is stored or logged.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorSchema } from '../../graph/api-schemas.js';
import { todayInLondon } from '../../graph/dates.js';
import { CheckCapacity, type CheckLimits, type CheckSlot } from '../../checker/capacity.js';
import { checkPage, type PageInput } from '../../checker/check.js';
import { fetchPage, FetchError } from '../../checker/fetch.js';
import type { Metrics } from '../metrics.js';
import { PageTooDeepError, readHtml, readPlainText } from '../../checker/page-text.js';
import { CheckRequestSchema, CheckResultSchema, MAX_PAGE_BYTES } from '../../checker/schemas.js';
import type { GraphHolder } from '../app.js';
import { INVALID, TOO_MANY } from '../responses.js';

/** Names the service to the websites it reads, so their owners know what it is. */
export const CHECKER_USER_AGENT = 'ComplaintsSignpostPageChecker/1.0 (checks that a complaints page tells people what they need)';

/** Pasted words, so that "Try it out" works without fetching anything. */
const CHECK_EXAMPLE = {
  text: 'How to complain. Speak to our practice manager, call 0113 496 0000 or write to us. You can complain within 12 months. You can also complain to your integrated care board.',
  service: 'gp', nation: 'england', postcode: 'LS1 4AP',
} as const;

const TOO_LARGE = { code: 'page_too_large', message: 'That page is larger than 2 MB, so we cannot check it.' };
const BUSY = { code: 'checker_busy', message: 'Many pages are being checked just now. Please try again in a minute.' };
const FETCHING_OFF = { code: 'fetching_off', message: 'This service does not fetch pages. Paste the page\'s words or HTML instead.' };

/** Room for a 2 MB page written as JSON (quotes and line breaks are escaped). */
const BODY_LIMIT = 3 * MAX_PAGE_BYTES;

/** How the checker runs: who it may fetch from and how, and how much it takes on at once. */
export interface CheckerOptions {
  /** Tests only: fetch from loopback addresses. */
  allowPrivateAddresses?: boolean;
  /** False: never fetch a url (the operator's choice); pasted pages are still checked. */
  fetching?: boolean;
  /** Every fetch goes through this http:// egress proxy. */
  proxy?: URL;
  limits?: CheckLimits;
}

/** By default 4 checks at once, holding 24 MB of pages between them (a 2 MB page sent as JSON is up to 6 MB). */
export const DEFAULT_CHECK_LIMITS: CheckLimits = { checks: 4, bytes: 4 * BODY_LIMIT };

export const checkerRoutes: FastifyPluginAsyncZod<{ holder: GraphHolder; options: CheckerOptions; metrics?: Metrics }> = async (app, { holder, options, metrics }) => {
  const capacity = new CheckCapacity(options.limits ?? DEFAULT_CHECK_LIMITS);
  const slots = new WeakMap<FastifyRequest, CheckSlot>();
  const release = async (request: FastifyRequest) => slots.get(request)?.release();
  app.post('/api/v1/checks/complaints-page', {
    bodyLimit: BODY_LIMIT,
    // A slot is taken before the body is read, from its declared length, so a refused flood costs almost nothing.
    onRequest: async (request, reply) => {
      const declared = Number(request.headers['content-length']);
      const slot = capacity.take(Number.isFinite(declared) && declared > 0 ? Math.min(declared, BODY_LIMIT) : BODY_LIMIT);
      // The body is not wanted: closing the connection spares reading it.
      if (!slot) return reply.code(503).header('retry-after', '10').header('cache-control', 'no-store').header('connection', 'close').send({ error: BUSY });
      slots.set(request, slot);
    },
    onResponse: release,
    onRequestAbort: release,
    schema: {
      summary: 'Check a complaints page',
      description: 'Send a page as html, text or url (exactly one), and the service it is for. Each checklist item comes back as pass, fail, warn or not-applicable, with the words found, what to add, and the law or standard behind it; wording that is out of date is listed too. A url is fetched only from public addresses (http or https, at most 3 redirects, 10 seconds, 2 MB). Nothing sent is stored.',
      body: CheckRequestSchema.meta({ example: CHECK_EXAMPLE }),
      response: {
        200: CheckResultSchema.describe('Each checklist item with its status, the words found, what to add and the basis; outdated wording; a count.'),
        400: INVALID.describe('Not valid (the error names the field), not exactly one of html, text or url (one_page_needed), an address that is not public (address_not_allowed) or not http or https (not_http), a page that could not be fetched (fetch_failed) or is not a web page (not_a_page).'),
        413: ErrorSchema.describe('The page is larger than 2 MB (code page_too_large).'),
        422: ErrorSchema.describe('The page nests elements too deeply to read (code page_too_deep).'),
        429: TOO_MANY,
        503: ErrorSchema.describe('Too many pages are being checked at once (code checker_busy): try again after the seconds in Retry-After. Or this service does not fetch pages (code fetching_off): send html or text instead.'),
      },
    },
  }, async (request, reply) => {
    const { html, text, url, ...context } = request.body;
    reply.header('cache-control', 'no-store');
    const given = [html, text, url].filter((v) => v !== undefined).length;
    if (given !== 1) {
      return reply.code(400).send({ error: { code: 'one_page_needed', message: 'Send the page in exactly one way: its address (url), its HTML (html) or its words (text).', allowed: ['url', 'html', 'text'] } });
    }
    if (Buffer.byteLength(html ?? text ?? '') > MAX_PAGE_BYTES) return reply.code(413).send({ error: TOO_LARGE });

    let page: PageInput;
    try {
      if (url !== undefined) {
        if (options.fetching === false) return reply.code(503).send({ error: FETCHING_OFF });
        if (!slots.get(request)?.grow(MAX_PAGE_BYTES)) return reply.code(503).header('retry-after', '10').send({ error: BUSY });
        const fetched = await fetchPage(url, {
          userAgent: CHECKER_USER_AGENT, allowLoopback: options.allowPrivateAddresses ?? false, ...(options.proxy && { proxy: options.proxy }),
        });
        metrics?.checkerFetches.inc({ outcome: 'ok' });
        const words = fetched.kind === 'html' ? readHtml(fetched.body) : readPlainText(fetched.body);
        page = { kind: fetched.kind, text: words, url: fetched.url };
      } else {
        page = html !== undefined ? { kind: 'html', text: readHtml(html) } : { kind: 'text', text: readPlainText(text!) };
      }
    } catch (err) {
      if (err instanceof PageTooDeepError) return reply.code(422).send({ error: { code: 'page_too_deep', message: err.message } });
      if (!(err instanceof FetchError)) throw err;
      metrics?.checkerFetches.inc({ outcome: err.code });
      return reply.code(err.code === 'page_too_large' ? 413 : 400).send({ error: { code: err.code, message: err.message } });
    }
    // Reading and judging are each one block of work: between them, other requests are answered.
    await nextTurn();
    return checkPage(holder.current, page, context, todayInLondon());
  });
};

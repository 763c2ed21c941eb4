// POST /api/v1/checks/complaints-page: checks a complaints page (pasted HTML or text, or fetched from a public URL)
// against what the routing graph says the page should tell people. Nothing sent is stored or logged.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorSchema } from '../../graph/api-schemas.js';
import { todayInLondon } from '../../graph/dates.js';
import { checkPage, type PageInput } from '../../checker/check.js';
import { fetchPage, FetchError } from '../../checker/fetch.js';
import type { Metrics } from '../metrics.js';
import { readHtml, readPlainText } from '../../checker/page-text.js';
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

export const checkerRoutes: FastifyPluginAsyncZod<{ holder: GraphHolder; allowPrivateAddresses: boolean; metrics?: Metrics }> = async (app, { holder, allowPrivateAddresses, metrics }) => {
  app.post('/api/v1/checks/complaints-page', {
    // Room for a 2 MB page written as JSON (quotes and line breaks are escaped).
    bodyLimit: 3 * MAX_PAGE_BYTES,
    schema: {
      summary: 'Check a complaints page',
      description: 'Send a page as html, text or url (exactly one), and the service it is for. Each checklist item comes back as pass, fail, warn or not-applicable, with the words found, what to add, and the law or standard behind it; wording that is out of date is listed too. A url is fetched only from public addresses (http or https, at most 3 redirects, 10 seconds, 2 MB). Nothing sent is stored.',
      body: CheckRequestSchema.meta({ example: CHECK_EXAMPLE }),
      response: {
        200: CheckResultSchema.describe('Each checklist item with its status, the words found, what to add and the basis; outdated wording; a count.'),
        400: INVALID.describe('Not valid (the error names the field), not exactly one of html, text or url (one_page_needed), an address that is not public (address_not_allowed) or not http or https (not_http), a page that could not be fetched (fetch_failed) or is not a web page (not_a_page).'),
        413: ErrorSchema.describe('The page is larger than 2 MB (code page_too_large).'),
        429: TOO_MANY,
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
    if (url !== undefined) {
      try {
        const fetched = await fetchPage(url, { userAgent: CHECKER_USER_AGENT, allowLoopback: allowPrivateAddresses });
        metrics?.checkerFetches.inc({ outcome: 'ok' });
        const words = fetched.kind === 'html' ? readHtml(fetched.body) : readPlainText(fetched.body);
        page = { kind: fetched.kind, text: words, url: fetched.url };
      } catch (err) {
        if (!(err instanceof FetchError)) throw err;
        metrics?.checkerFetches.inc({ outcome: err.code });
        return reply.code(err.code === 'page_too_large' ? 413 : 400).send({ error: { code: err.code, message: err.message } });
      }
    } else {
      page = html !== undefined ? { kind: 'html', text: readHtml(html) } : { kind: 'text', text: readPlainText(text!) };
    }
    return checkPage(holder.current, page, context, todayInLondon());
  });
};

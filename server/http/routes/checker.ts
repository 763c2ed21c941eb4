// POST /api/v1/checks/complaints-page: checks a complaints page (pasted HTML or text, or fetched from a public URL)
// against what the routing graph says the page should tell people. Nothing sent is stored or logged.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorSchema } from '../../graph/api-schemas.js';
import { todayInLondon } from '../../graph/dates.js';
import { checkPage, type PageInput } from '../../checker/check.js';
import { fetchPage, FetchError } from '../../checker/fetch.js';
import { readHtml, readPlainText } from '../../checker/page-text.js';
import { CheckRequestSchema, CheckResultSchema, MAX_PAGE_BYTES } from '../../checker/schemas.js';
import type { GraphHolder } from '../app.js';

/** Names the service to the websites it reads, so their owners know what it is. */
export const CHECKER_USER_AGENT = 'ComplaintsSignpostPageChecker/1.0 (checks that a complaints page tells people what they need)';

const TOO_LARGE = { code: 'page_too_large', message: 'That page is larger than 2 MB, so we cannot check it.' };

export const checkerRoutes: FastifyPluginAsyncZod<{ holder: GraphHolder; allowPrivateAddresses: boolean }> = async (app, { holder, allowPrivateAddresses }) => {
  app.post('/api/v1/checks/complaints-page', {
    // Room for a 2 MB page written as JSON (quotes and line breaks are escaped).
    bodyLimit: 3 * MAX_PAGE_BYTES,
    schema: {
      summary: 'Check a complaints page',
      description: 'Send a page as html, text or url (exactly one), and the service it is for. Each checklist item comes back as pass, fail, warn or not-applicable, with the words found, what to add, and the law or standard behind it; wording that is out of date is listed too. A url is fetched only from public addresses (http or https, at most 3 redirects, 10 seconds, 2 MB). Nothing sent is stored.',
      body: CheckRequestSchema,
      response: { 200: CheckResultSchema, 400: ErrorSchema, 413: ErrorSchema, 429: ErrorSchema },
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
        const words = fetched.kind === 'html' ? readHtml(fetched.body) : readPlainText(fetched.body);
        page = { kind: fetched.kind, text: words, url: fetched.url };
      } catch (err) {
        if (!(err instanceof FetchError)) throw err;
        return reply.code(err.code === 'page_too_large' ? 413 : 400).send({ error: { code: err.code, message: err.message } });
      }
    } else {
      page = html !== undefined ? { kind: 'html', text: readHtml(html) } : { kind: 'text', text: readPlainText(text!) };
    }
    return checkPage(holder.current, page, context, todayInLondon());
  });
};

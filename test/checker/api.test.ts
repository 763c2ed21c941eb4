// The checker's endpoint against a real Fastify instance and a real local web server: answers checked against the
// schemas, and every class of error in the one documented shape.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckResultSchema } from '../../server/checker/schemas.js';
import { ErrorSchema } from '../../server/graph/api-schemas.js';
import { buildApp } from '../../server/http/app.js';
import { CHECKER_USER_AGENT } from '../../server/http/routes/checker.js';
import { fixture, serveFixtures, type FixtureServer } from './serve-fixtures.js';

let app: Awaited<ReturnType<typeof buildApp>>;
let strict: FastifyInstance;
let site: FixtureServer;
beforeAll(async () => {
  app = await buildApp({ checker: { allowPrivateAddresses: true } });
  strict = await buildApp({ graph: app.graphHolder.current });
  site = await serveFixtures();
});
afterAll(async () => {
  await Promise.all([app.close(), strict.close(), site.close()]);
});

const URL_PATH = '/api/v1/checks/complaints-page';
const check = (payload: object, on: FastifyInstance = app) => on.inject({ method: 'POST', url: URL_PATH, payload });
const errorOf = (res: { json(): unknown }) => ErrorSchema.parse(res.json()).error;

describe('POST /api/v1/checks/complaints-page', () => {
  it('checks pasted HTML: every item, with evidence, advice and basis', async () => {
    const res = await check({ html: fixture('gp-current.html'), service: 'gp', postcode: 'LS1 4AP' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = CheckResultSchema.parse(res.json());
    expect(body.items.map((i) => i.id)).toEqual([
      'how-to-complain', 'contact-details', 'time-limit', 'commissioner-alternative', 'what-happens-next', 'advocacy',
      'ombudsman', 'healthwatch', 'care-not-affected', 'someone-else', 'accessible-formats',
    ]);
    expect(body.summary).toEqual({ passed: 11, applicable: 11, read: 'read' });
    expect(body.outdated).toEqual([]);
    for (const item of body.items) expect(item.basis.length).toBeGreaterThan(0);
  });

  it('checks pasted text', async () => {
    const text = 'How to complain\nWrite to the practice manager or email complaints@surgery.example.\nComplain within 6 months.';
    const body = CheckResultSchema.parse((await check({ text, service: 'gp' })).json());
    expect(body.page.kind).toBe('text');
    expect(body.outdated.map((o) => o.id)).toEqual(['six-month-limit']);
  });

  it('fetches a URL from a local server, following redirects, and names itself to the site', async () => {
    const res = await check({ url: `${site.origin}/redirect/3/gp-stale.html`, service: 'gp', postcode: 'LS6 1AA' });
    expect(res.statusCode).toBe(200);
    const body = CheckResultSchema.parse(res.json());
    expect(body.page).toEqual({ kind: 'html', url: `${site.origin}/gp-stale.html` });
    expect(body.outdated.map((o) => o.id)).toContain('ccg');
    expect(site.userAgents.at(-1)).toBe(CHECKER_USER_AGENT);
  });

  it('warns on findability when the address is a PDF', async () => {
    const body = CheckResultSchema.parse((await check({ url: `${site.origin}/complaints-leaflet.pdf`, service: 'gp' })).json());
    expect(body.page.kind).toBe('pdf');
    expect(body.items.find((i) => i.id === 'how-to-complain')).toMatchObject({ status: 'warn', advice: expect.stringContaining('PDF') });
  });

  describe('errors', () => {
    it('an unknown service is a 400 that lists the services', async () => {
      const res = await check({ html: '<p>Complaints</p>', service: 'vet' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'invalid_value', allowed: expect.arrayContaining(['gp', 'care-home']) });
    });

    it('both html and url is a 400', async () => {
      const res = await check({ html: '<p>Complaints</p>', url: 'https://example.com/', service: 'gp' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'one_page_needed', allowed: ['url', 'html', 'text'] });
    });

    it('an unknown field is a 400 that lists the fields', async () => {
      const res = await check({ text: 'Complaints', service: 'gp', colour: 'red' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'unknown_field', allowed: ['service', 'nation', 'funding', 'postcode', 'html', 'text', 'url'] });
    });

    it('no page at all is a 400', async () => {
      expect(errorOf(await check({ service: 'gp' })).code).toBe('one_page_needed');
    });

    it('a pasted page over 2 MB is a 413, and a larger request too', async () => {
      const page = `<p>${'a'.repeat(2 * 1024 * 1024)}</p>`;
      const res = await check({ html: page, service: 'gp' });
      expect(res.statusCode).toBe(413);
      expect(errorOf(res).code).toBe('page_too_large');
      const huge = await check({ html: 'a'.repeat(7 * 1024 * 1024), service: 'gp' });
      expect(huge.statusCode).toBe(413);
      expect(errorOf(huge).code).toBe('body_too_large');
    });

    it('a fetched page over 2 MB is a 413', async () => {
      const res = await check({ url: `${site.origin}/huge.html`, service: 'gp' });
      expect(res.statusCode).toBe(413);
      expect(errorOf(res).code).toBe('page_too_large');
    });

    it('a loopback or private address is a 400 when private addresses are not allowed', async () => {
      for (const url of [`${site.origin}/gp-current.html`, 'http://localhost:4599/', 'http://10.0.0.1/', 'http://[::1]/', 'http://169.254.169.254/']) {
        const res = await check({ url, service: 'gp' }, strict);
        expect(res.statusCode, url).toBe(400);
        expect(errorOf(res).code, url).toBe('address_not_allowed');
      }
    });

    it('a redirect to a private address is a 400, even when loopback is allowed for tests', async () => {
      const res = await check({ url: `${site.origin}/to-private`, service: 'gp' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).code).toBe('address_not_allowed');
    });

    it('more than 3 redirects is a 400', async () => {
      const res = await check({ url: `${site.origin}/redirect/4/gp-current.html`, service: 'gp' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'fetch_failed', message: expect.stringContaining('redirected') });
    });

    it('a non-HTTP scheme is a 400', async () => {
      for (const url of ['file:///etc/passwd', 'ftp://example.com/complaints', 'javascript:alert(1)', 'not a url']) {
        const res = await check({ url, service: 'gp' });
        expect(res.statusCode, url).toBe(400);
        expect(errorOf(res).code, url).toBe('not_http');
      }
    });

    it('an unreachable host is a 400', async () => {
      const closed = await serveFixtures();
      await closed.close();
      const res = await check({ url: `${closed.origin}/gp-current.html`, service: 'gp' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).code).toBe('fetch_failed');
    });

    it('a host that does not exist is a 400', async () => {
      const res = await check({ url: 'http://no-such-host.invalid/', service: 'gp' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).code).toBe('fetch_failed');
    });

    it('an error status or something that is not a page is a 400', async () => {
      expect(errorOf(await check({ url: `${site.origin}/missing.html`, service: 'gp' })).code).toBe('fetch_failed');
      expect(errorOf(await check({ url: `${site.origin}/image.png`, service: 'gp' })).code).toBe('not_a_page');
    });

    it('an invalid postcode is a 400', async () => {
      const res = await check({ html: '<p>Complaints</p>', service: 'gp', postcode: 'ABC 123' });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).code).toBe('invalid_postcode');
    });
  });

  it('logs nothing that was sent: not the page, not its address', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const logged = await buildApp({ graph: app.graphHolder.current, logger: { level: 'trace', stream }, checker: { allowPrivateAddresses: true } });
    try {
      await check({ html: '<p>Secret Surgery complaints</p>', service: 'gp', postcode: 'LS1 4AP' }, logged);
      await check({ url: `${site.origin}/missing.html?who=secret-practice`, service: 'gp' }, logged);
      await check({ url: `${site.origin}/gp-current.html`, service: 'gp' }, logged);
    } finally {
      await logged.close();
    }
    const log = lines.join('');
    expect(log).toContain('/api/v1/checks/complaints-page');
    for (const secret of ['Secret Surgery', 'secret-practice', 'LS1 4AP', 'gp-current', site.origin]) expect(log).not.toContain(secret);
  });

  it('is rate-limited like the rest of the API', async () => {
    const limited = await buildApp({ graph: app.graphHolder.current, rateLimit: { max: 1, timeWindow: 60_000 } });
    try {
      expect((await check({ text: 'Complaints', service: 'gp' }, limited)).statusCode).toBe(200);
      const res = await check({ text: 'Complaints', service: 'gp' }, limited);
      expect(res.statusCode).toBe(429);
      expect(errorOf(res).code).toBe('too_many_requests');
    } finally {
      await limited.close();
    }
  });
});

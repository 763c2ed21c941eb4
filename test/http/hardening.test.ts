// Hostile input, security headers, rate limits and what the logs may hold, against a real Fastify instance.
import { Writable } from 'node:stream';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorSchema, JourneyResponseSchema, PlanResponseSchema } from '../../server/graph/api-schemas.js';
import { QUESTION_IDS } from '../../server/graph/contract.js';
import { loadGraph } from '../../server/data/load.js';
import { buildApp } from '../../server/http/app.js';

const graph = loadGraph(`${process.cwd()}/data`);
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ graph });
});
afterAll(() => app.close());

/** Any JSON value, including deep nesting, long strings, odd unicode and prototype-pollution keys. */
const hostileKey = fc.oneof(fc.constantFrom(...QUESTION_IDS, '__proto__', 'constructor', 'prototype', 'answers', 'context', 'today', 'provider'), fc.string({ unit: 'grapheme', maxLength: 30 }));
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('england', 'gp', 'not-yet', '2026-02-30', 'LS1 4AP', '', '\u0000', '\u202e', '🦷', 'x'.repeat(5000)),
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.array(tie('value'), { maxLength: 40 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 12 }),
  ),
})).value;
const body = fc.oneof(
  hostileValue,
  fc.record({ answers: fc.dictionary(hostileKey, hostileValue, { maxKeys: 14 }), context: fc.option(hostileValue, { nil: undefined }) }, { requiredKeys: ['answers'] }),
);

describe('hostile JSON never crashes the service', () => {
  for (const url of ['/api/v1/journey', '/api/v1/plan']) {
    it(`${url}: any JSON gets a plan, a question, or the contract's 4xx error shape`, async () => {
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const text = JSON.stringify(payload) ?? 'null';
          const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: text });
          expect(res.statusCode, text.slice(0, 200)).toBeLessThan(500);
          if (res.statusCode === 200) (url.endsWith('plan') ? PlanResponseSchema : JourneyResponseSchema).parse(res.json());
          else ErrorSchema.parse(res.json());
        }),
        { numRuns: 400 },
      );
    });
  }

  it('refuses very deep nesting, huge arrays and raw bytes with a 4xx', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const payloads = [
      deep,
      JSON.stringify({ answers: { concern: Array.from({ length: 5000 }, () => 'other') } }),
      '\u0000\u0001\u0002',
      '{"answers":{"nation":"england"',
      `{"answers":{"constructor":{"prototype":{"polluted":true}}}}`,
    ];
    for (const payload of payloads) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/plan', headers: { 'content-type': 'application/json' }, payload });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      ErrorSchema.parse(res.json());
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers odd query strings on GET endpoints with a 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), async (s) => {
        const res = await app.inject(`/api/v1/areas/lookup?postcode=${encodeURIComponent(s)}`);
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode !== 200) ErrorSchema.parse(res.json());
        const bodyRes = await app.inject(`/api/v1/bodies/${encodeURIComponent(s) || 'x'}`);
        expect(bodyRes.statusCode).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });
});

describe('security headers', () => {
  it('sends a strict CSP and the usual protections on pages, and no X-Powered-By or cookies', async () => {
    const res = await app.inject('/');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'; style-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('sends the API protections on JSON answers', async () => {
    const res = await app.inject('/api/v1/meta');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a client goes over the limit, and never limits health checks', async () => {
    const limited = await buildApp({ graph, rateLimit: { max: 3, timeWindow: 60_000 } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await limited.inject('/api/v1/questions')).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await limited.inject('/api/v1/questions');
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(ErrorSchema.parse(res.json()).error.code).toBe('too_many_requests');
      for (let i = 0; i < 5; i++) expect((await limited.inject('/healthz')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('believes X-Forwarded-For only when told to trust the proxy', async () => {
    const direct = await buildApp({ graph, rateLimit: { max: 1, timeWindow: 60_000 } });
    const proxied = await buildApp({ graph, rateLimit: { max: 1, timeWindow: 60_000 }, trustProxy: ['127.0.0.1'] });
    try {
      const from = (ip: string) => ({ url: '/api/v1/questions', headers: { 'x-forwarded-for': ip } });
      expect((await direct.inject(from('203.0.113.1'))).statusCode).toBe(200);
      expect((await direct.inject(from('203.0.113.2'))).statusCode).toBe(429);
      expect((await proxied.inject(from('203.0.113.1'))).statusCode).toBe(200);
      expect((await proxied.inject(from('203.0.113.2'))).statusCode).toBe(200);
    } finally {
      await Promise.all([direct.close(), proxied.close()]);
    }
  });
});

describe('privacy of logs', () => {
  it('never logs a postcode, a date or any answer value', async () => {
    let logged = '';
    const stream = new Writable({ write(chunk, _enc, done) { logged += chunk.toString(); done(); } });
    const logging = await buildApp({ graph, logger: { level: 'trace', stream } });
    const answers = {
      nation: 'england', service: 'care-home', funding: 'self', concern: ['abuse-or-neglect'], stage: 'final-response',
      responded: '2026-09-14', when: '2026-03-17', outcome: ['compensation'], who: 'someone-who-died', postcode: 'LS1 4AP',
    };
    try {
      await logging.inject({ method: 'POST', url: '/api/v1/plan', payload: { answers, context: { today: '2026-11-26', provider: { name: 'Riverside Surgery', phone: '0113 496 0000' } } } });
      await logging.inject({ method: 'POST', url: '/api/v1/journey', payload: { answers: { ...answers, service: 'not-a-service' } } });
      await logging.inject('/api/v1/areas/lookup?postcode=LS1%204AP');
      await logging.inject('/api/v1/areas/lookup?postcode=ZZ9%209ZZ');
    } finally {
      await logging.close();
    }
    expect(logged).toContain('request completed');
    for (const secret of ['LS1', '4AP', 'LS1%204AP', '2026-09-14', '2026-03-17', 'someone-who-died', 'abuse-or-neglect', 'care-home', 'compensation', 'Riverside', '0113', 'ZZ9', 'not-a-service']) {
      expect(logged, secret).not.toContain(secret);
    }
  });
});

// Ready for real traffic: proxies and forged X-Forwarded-For, the widget and pages apart from the API's limit,
// slow clients, and errors from below Fastify in the contract's shape. Real Fastify instances, injected or listening
// on a loopback port.
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig, trustProxyOption } from '../../server/config.js';
import { loadGraph } from '../../server/data/load.js';
import { ErrorSchema } from '../../server/graph/api-schemas.js';
import { buildApp } from '../../server/http/app.js';

const graph = loadGraph(`${process.cwd()}/data`);
const trust = (value: string) => trustProxyOption(readConfig({ TRUST_PROXY: value }).TRUST_PROXY);
const limited = (value?: string) => buildApp({ graph, rateLimit: { max: 1, timeWindow: 60_000 }, ...(value !== undefined && { trustProxy: trust(value) }) });

/** One API request as if through a proxy at `socket`, with the X-Forwarded-For it passes on. */
const viaProxy = (app: FastifyInstance, forwardedFor: string, socket = '127.0.0.1') =>
  app.inject({ url: '/api/v1/questions', headers: { 'x-forwarded-for': forwardedFor }, remoteAddress: socket }).then((r) => r.statusCode);

describe('TRUST_PROXY', () => {
  it('refuses "true" at start-up, saying why, and refuses what is not an address', () => {
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true is refused, because then any client could write its own X-Forwarded-For/);
    expect(() => readConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/"10\.0\.0\.0\/33" is not an IP address or range/);
    expect(() => readConfig({ TRUST_PROXY: 'proxy.internal' })).toThrow(/not an IP address/);
    expect(readConfig({}).TRUST_PROXY).toBe(false);
    expect(readConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toEqual({ hops: 2 });
    expect(readConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.7,::1' }).TRUST_PROXY).toEqual({ proxies: ['10.0.0.0/8', '192.0.2.7', '::1'] });
  });

  it('with a hop count of 1, each user behind the proxy gets their own limit, and a forged header changes nothing', async () => {
    const app = await limited('1');
    try {
      // The proxy appends the address it saw; anything before it was written by the client.
      expect(await viaProxy(app, '198.51.100.1')).toBe(200);
      expect(await viaProxy(app, '198.51.100.2')).toBe(200);
      expect(await viaProxy(app, '198.51.100.1')).toBe(429);
      expect(await viaProxy(app, '203.0.113.99, 198.51.100.1')).toBe(429);
      expect(await viaProxy(app, '203.0.113.100, 198.51.100.1')).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('with a hop count of 2, the client is the second address from the right', async () => {
    const app = await limited('2');
    try {
      expect(await viaProxy(app, '203.0.113.5, 198.51.100.1, 10.0.0.1')).toBe(200);
      expect(await viaProxy(app, '203.0.113.6, 198.51.100.1, 10.0.0.2')).toBe(429);
      expect(await viaProxy(app, '198.51.100.2, 10.0.0.1')).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('with a list, believes only the proxies named, so a client connecting directly cannot forge its address', async () => {
    const app = await limited('10.0.0.0/8');
    try {
      expect(await viaProxy(app, '198.51.100.1', '10.1.2.3')).toBe(200);
      expect(await viaProxy(app, '198.51.100.2', '10.1.2.3')).toBe(200);
      expect(await viaProxy(app, '198.51.100.1', '10.9.9.9')).toBe(429);
      // Directly, from outside the list: the header is ignored, and the socket's address is the client.
      expect(await viaProxy(app, '198.51.100.3', '203.0.113.7')).toBe(200);
      expect(await viaProxy(app, '198.51.100.4', '203.0.113.7')).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('when not set, ignores X-Forwarded-For entirely', async () => {
    const app = await limited();
    try {
      expect(await viaProxy(app, '198.51.100.1')).toBe(200);
      expect(await viaProxy(app, '198.51.100.2')).toBe(429);
    } finally {
      await app.close();
    }
  });
});

describe('pages and the widget, apart from the API', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ graph, rateLimit: { max: 2, timeWindow: 60_000 } });
  });
  afterAll(() => app.close());

  it('never counts pages, style sheets or the widget against the API limit', async () => {
    for (let i = 0; i < 6; i++) {
      for (const url of ['/', '/handler', '/site.css', '/demo.css', '/widget/complaints-signpost.js']) {
        const res = await app.inject(url);
        expect(res.statusCode, url).not.toBe(429);
        expect(res.headers['x-ratelimit-limit'], url).toBeUndefined();
      }
    }
    expect((await app.inject('/api/v1/questions')).statusCode).toBe(200);
    expect((await app.inject('/api/v1/questions')).statusCode).toBe(200);
    expect((await app.inject('/api/v1/questions')).statusCode).toBe(429);
  });

  it('links style sheets at pinned URLs that are cached for a year, and refuses a stale version', async () => {
    const html = (await app.inject('/')).body;
    const pinned = [...html.matchAll(/href="(\/static\/[\w-]{16}\/[\w-]+\.css)"/g)].map((m) => m[1]!);
    expect(pinned.map((p) => p.split('/').pop())).toEqual(['site.css', 'demo.css']);
    for (const url of pinned) {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body).toBe((await app.inject(`/${url.split('/').pop()}`)).body);
    }
    expect((await app.inject('/static/0123456789abcdef/site.css')).statusCode).toBe(404);
    expect((await app.inject('/')).headers['cache-control']).toBe('no-cache');
  });
});

/** Sends raw bytes to a listening app and collects everything it answers until it closes the connection. */
function raw(port: number, send: (write: (text: string) => void) => void | Promise<void>): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (c) => (text += c.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ text, ms: Date.now() - started }));
    socket.on('connect', () => void send((t) => socket.writable && socket.write(t)));
  });
}
const jsonError = (response: string) => ErrorSchema.parse(JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4))).error;

describe('errors from below the routes, in the one error shape', () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = await buildApp({ graph, requestDeadlineMs: 1_500 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(() => app.close());

  it('answers a body trickled past the deadline with 408 and closes the connection', async () => {
    const { text, ms } = await raw(port, (write) => {
      write('POST /api/v1/plan HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
      const timer = setInterval(() => write(' '), 200);
      setTimeout(() => clearInterval(timer), 6_000);
    });
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text.toLowerCase()).toContain('connection: close');
    expect(jsonError(text).code).toBe('request_timeout');
    expect(ms).toBeLessThan(4_000);
  }, 10_000);

  it('answers headers trickled past the deadline with 408', async () => {
    const { text } = await raw(port, (write) => {
      write('GET /healthz HTTP/1.1\r\n');
      const timer = setInterval(() => write('X-Slow: 1\r\n'), 200);
      setTimeout(() => clearInterval(timer), 6_000);
    });
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(jsonError(text).code).toBe('request_timeout');
  }, 10_000);

  it('answers headers that are too large with 431, and bytes that are not HTTP with 400', async () => {
    const big = await raw(port, (write) => write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(big.text).toMatch(/^HTTP\/1\.1 431 /);
    expect(jsonError(big.text).code).toBe('headers_too_large');
    const junk = await raw(port, (write) => write('HELLO THERE\r\n\r\n'));
    expect(junk.text).toMatch(/^HTTP\/1\.1 400 /);
    expect(jsonError(junk.text).code).toBe('bad_request');
    expect(junk.text).toContain("content-security-policy: default-src 'none'");
  });

  it('answers a malformed address, an OPTIONS request that is no preflight and a bad date in the query with 400', async () => {
    const badUrl = await app.inject('/api/v1/bodies/%E0%A4%A');
    expect(badUrl.statusCode).toBe(400);
    expect(ErrorSchema.parse(badUrl.json()).error.code).toBe('bad_url');

    const options = await app.inject({ method: 'OPTIONS', url: '/api/v1/plan' });
    expect(options.statusCode).toBe(400);
    expect(ErrorSchema.parse(options.json()).error.code).toBe('bad_preflight');
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/v1/plan', headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);

    for (const today of ['9999-99-99', '2026-02-30']) {
      const res = await app.inject(`/api/v1/areas/lookup?postcode=LS1%204AP&today=${today}`);
      expect(res.statusCode).toBe(400);
      expect(ErrorSchema.parse(res.json()).error.message).toMatch(/today/);
    }
    expect((await app.inject('/api/v1/areas/lookup?postcode=LS1%204AP&today=2026-11-26')).statusCode).toBe(200);
  });
});

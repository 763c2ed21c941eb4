// The link checker against local servers only (loopback): outcomes, redirects, HEAD refused, timeouts, the
// User-Agent, and the bounds on concurrency (hosts at once, one request at a time per host).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, checkLinks, dataUrls } from '../../server/curation/links.js';
import { loadGraph } from '../../server/data/load.js';

const options = { concurrency: 2, timeoutMs: 400, userAgent: 'signpost-test-checker/1.0' };
const servers: Server[] = [];
const agents: string[] = [];
let inFlight = 0;
let maxInFlight = 0;
const perServerMax = new Map<Server, number>();

function start(): Promise<string> {
  let mine = 0;
  const server = createServer((req, res) => {
    agents.push(req.headers['user-agent'] ?? '');
    // Never answered in time: not counted, so a timed-out request cannot spill into the next test's counts.
    if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end(), 2000);
    inFlight += 1;
    mine += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    perServerMax.set(server, Math.max(perServerMax.get(server) ?? 0, mine));
    const done = (status: number, headers: Record<string, string> = {}) => setTimeout(() => {
      inFlight -= 1;
      mine -= 1;
      res.writeHead(status, headers).end(req.method === 'GET' ? 'a page' : undefined);
    }, 20);
    switch (req.url) {
      case '/ok': return done(200);
      case '/moved': return done(301, { location: '/ok' });
      case '/gone': return done(404);
      case '/head-refused': return done(req.method === 'HEAD' ? 405 : 200);
      case '/loop': return done(302, { location: '/loop' });
      default: return done(500);
    }
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

let origins: string[] = [];
beforeAll(async () => {
  origins = await Promise.all([start(), start(), start(), start()]);
});
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

describe('link checker', () => {
  it('tells ok, redirected, dead and unreachable links apart', async () => {
    const [o] = origins;
    expect(await checkLink(`${o}/ok`, options)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(await checkLink(`${o}/moved`, options)).toMatchObject({ outcome: 'redirect', status: 200, finalUrl: `${o}/ok` });
    expect(await checkLink(`${o}/gone`, options)).toMatchObject({ outcome: 'dead', status: 404, detail: 'HTTP 404' });
    expect(await checkLink(`${o}/head-refused`, options)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(await checkLink(`${o}/loop`, options)).toMatchObject({ outcome: 'error', detail: 'more than 5 redirects' });
    expect(await checkLink(`${o}/slow`, options)).toMatchObject({ outcome: 'error', detail: 'no answer within 400 ms' });
    const closed = createServer();
    const port = await new Promise<number>((resolve) => closed.listen(0, '127.0.0.1', () => resolve((closed.address() as AddressInfo).port)));
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkLink(`http://127.0.0.1:${port}/refused`, options)).toMatchObject({ outcome: 'error', detail: 'ECONNREFUSED' });
  });

  it('sends its User-Agent, keeps to the concurrency bound and to one request at a time per host', async () => {
    agents.length = 0;
    maxInFlight = 0;
    perServerMax.clear();
    const urls = origins.flatMap((o) => ['/ok', '/moved', '/gone', '/head-refused'].map((p) => `${o}${p}`));
    const results = await checkLinks(urls, options);
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results.filter((r) => r.outcome === 'dead')).toHaveLength(4);
    expect(agents.length).toBeGreaterThan(urls.length);
    expect(new Set(agents)).toEqual(new Set(['signpost-test-checker/1.0']));
    expect(maxInFlight).toBe(2);
    expect(Math.max(...perServerMax.values())).toBe(1);
  });

  it('collects every URL in the data once, with the records that use it', () => {
    const uses = dataUrls(loadGraph('data'));
    expect(new Set(uses.map((u) => u.url)).size).toBe(uses.length);
    expect(uses.find((u) => u.url.startsWith('https://www.legislation.gov.uk/ukpga/2012/7/section/185'))?.where.length).toBeGreaterThan(0);
    expect(uses.some((u) => u.where.some((w) => w.endsWith('(website)')))).toBe(true);
    // The local records of Wales, Scotland and Northern Ireland are checked too.
    expect(uses.find((u) => u.url === 'https://setrust.hscni.net/contact-us/complaints/')?.where).toContain('hsc-trust south-eastern (complaint page)');
    expect(uses.find((u) => u.url === 'https://glasgow.gov.uk/complaints')?.where).toContain('devolved-council S12000049 (complaint page)');
    expect(uses.some((u) => u.where.some((w) => w.startsWith('health-board ')))).toBe(true);
    expect(uses.some((u) => u.where.some((w) => w.startsWith('local-help llais-')))).toBe(true);
  });
});

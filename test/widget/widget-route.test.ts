// @vitest-environment node
// The delivery of the widget script and the demo page, tested against temporary files.
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../server/data/load.js';
import widgetRoutes from '../../server/http/routes/widget.js';

const SCRIPT = '(function(){customElements.define("complaints-signpost",class extends HTMLElement{})})();\n'.repeat(20);
const hash = createHash('sha256').update(SCRIPT).digest('base64url').slice(0, 16);
const PART = '(function(){globalThis[Symbol.for("complaints-signpost")].parts.letter={}})();\n';
const partHash = createHash('sha256').update(PART).digest('base64url').slice(0, 16);

let dir: string;
let app: FastifyInstance;
let unbuilt: FastifyInstance;
const holder = { current: loadGraph(join(process.cwd(), 'data')) };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'widget-route-'));
  await mkdir(join(dir, 'dist'));
  await mkdir(join(dir, 'demo'));
  await writeFile(join(dir, 'dist', 'complaints-signpost.js'), SCRIPT);
  await writeFile(join(dir, 'demo', 'index.html'), '<!doctype html><pre>{{origin}}/widget/{{version}}/complaints-signpost.js</pre>');
  await writeFile(join(dir, 'demo', 'site.css'), 'a { color: blue }');
  await writeFile(join(dir, 'demo', 'demo.css'), 'body { margin: 0 }');
  await writeFile(join(dir, 'dist', 'complaints-signpost-letter.js'), PART);
  await writeFile(join(dir, 'demo', 'handler.html'), '<!doctype html><title>Call handler</title><script src="{{origin}}/widget/complaints-signpost.js"></script><complaints-signpost mode="call-handler"></complaints-signpost>');
  await writeFile(join(dir, 'demo', 'handler.css'), 'main { padding: 0 }');
  app = Fastify();
  await app.register(widgetRoutes, { distDir: join(dir, 'dist'), demoDir: join(dir, 'demo'), holder });
  unbuilt = Fastify();
  await unbuilt.register(widgetRoutes, { distDir: join(dir, 'missing'), demoDir: join(dir, 'demo'), holder });
});

afterAll(async () => {
  await Promise.all([app.close(), unbuilt.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('GET /widget/complaints-signpost.js', () => {
  it('serves the script for any site to embed, cached briefly with a strong ETag', async () => {
    const response = await app.inject({ url: '/widget/complaints-signpost.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(SCRIPT);
    expect(response.headers).toMatchObject({
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300, stale-while-revalidate=86400',
      etag: `"${hash}"`,
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      vary: 'Accept-Encoding',
    });
  });

  it('answers 304 when the browser already has this version', async () => {
    const response = await app.inject({ url: '/widget/complaints-signpost.js', headers: { 'if-none-match': `W/"other", "${hash}"` } });
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
    expect(response.headers.etag).toBe(`"${hash}"`);
    const stale = await app.inject({ url: '/widget/complaints-signpost.js', headers: { 'if-none-match': '"old"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('sends it compressed when the browser accepts that, with an ETag per encoding', async () => {
    const gzip = await app.inject({ url: '/widget/complaints-signpost.js', headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.etag).toBe(`"${hash}-gz"`);
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const br = await app.inject({ url: '/widget/complaints-signpost.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    const refused = await app.inject({ url: '/widget/complaints-signpost.js', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });
});

describe('GET /widget/<version>/complaints-signpost.js', () => {
  it('serves a pinned version that can be cached for a year', async () => {
    const response = await app.inject({ url: `/widget/${hash}/complaints-signpost.js` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('never serves another version under an old one', async () => {
    const response = await app.inject({ url: '/widget/0123456789abcdef/complaints-signpost.js' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain(hash);
  });
});

describe('before the widget is built', () => {
  it('answers 503 and says to run npm run build', async () => {
    const response = await unbuilt.inject({ url: '/widget/complaints-signpost.js' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build');
    expect((await unbuilt.inject({ url: '/widget/abc/complaints-signpost.js' })).statusCode).toBe(503);
  });
});

describe('the demo page', () => {
  it('shows the snippet with this service address and the current version', async () => {
    const response = await app.inject({ url: '/', headers: { host: 'signpost.example' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain(`http://signpost.example/widget/${hash}/complaints-signpost.js`);
  });

  it('escapes the address it shows', async () => {
    const response = await app.inject({ url: '/', headers: { host: 'x"><script>' } });
    expect(response.body).not.toContain('<script>');
  });

  it('serves its style sheet', async () => {
    const response = await app.inject({ url: '/demo.css' });
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.body).toBe('body { margin: 0 }');
  });

  it('serves the style sheet it shares with the call handler page, with the same caching', async () => {
    const response = await app.inject({ url: '/site.css' });
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.body).toBe('a { color: blue }');
  });
});

describe('the parts the widget loads only when used', () => {
  it('serves each pinned to its own version, cached for a year, for any site (the widget checks its integrity)', async () => {
    const response = await app.inject({ url: `/widget/${partHash}/complaints-signpost-letter.js`, headers: { 'accept-encoding': 'gzip' } });
    expect(response.statusCode).toBe(200);
    expect(gunzipSync(response.rawPayload).toString()).toBe(PART);
    expect(response.headers).toMatchObject({
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${partHash}-gz"`,
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    });
    const latest = await app.inject({ url: '/widget/complaints-signpost-letter.js' });
    expect(latest.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=86400');
  });

  it('never serves a part under another version, nor under the main script\'s', async () => {
    const response = await app.inject({ url: `/widget/${hash}/complaints-signpost-letter.js` });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain(partHash);
  });

  it('answers 503 for a part that has not been built', async () => {
    const response = await app.inject({ url: '/widget/complaints-signpost-handler.js' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build');
  });
});

describe('the call handler page', () => {
  it('is served with this service address and its own style sheet', async () => {
    const response = await app.inject({ url: '/handler', headers: { host: 'signpost.example' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<script src="http://signpost.example/widget/complaints-signpost.js">');
    expect(response.body).toContain('mode="call-handler"');
    const css = await app.inject({ url: '/handler.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toBe('main { padding: 0 }');
  });

  it('says so when the page is missing', async () => {
    const bare = Fastify();
    await bare.register(widgetRoutes, { distDir: join(dir, 'missing'), demoDir: join(dir, 'missing'), holder });
    expect((await bare.inject({ url: '/handler' })).statusCode).toBe(503);
    expect((await bare.inject({ url: '/handler.css' })).statusCode).toBe(404);
    await bare.close();
  });
});

// Serves the embeddable widget script (built by `vite build` into distDir), the parts it loads only when they are
// used (the call handler screen, the letter writer), the demo page for website owners and the call handler page,
// with the style sheet those two pages share.
// Files are read once, when the plugin registers (a new build needs a restart, which also renews the hashes), and
// compressed on first request.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type {} from '@fastify/swagger'; // types the `hide` schema option that keeps these routes out of the OpenAPI document
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphHolder } from '../app.js';
import { accepts } from '../content-encoding.js';
import { escapeHtml, fillBuilder, fillFrame, fillPoster, fillStart, type Fill, type Query } from '../owner-pages.js';
import { FRAMEABLE_PAGE_CSP } from '../security-headers.js';

export interface WidgetRoutesOptions {
  distDir: string;
  demoDir: string;
  /** The graph in force: some pages name local bodies or list the service's options. */
  holder: GraphHolder;
  /** The service's public address (PUBLIC_ORIGIN) for snippets, links and the poster's QR code; without it, the
   *  address the request came to, which a client or proxy can set (a local demo only). */
  publicOrigin?: string;
}

const SCRIPT = 'complaints-signpost.js';
/** Loaded by the widget itself, from a pinned URL: /widget/<hash>/<file>. Names match vite.config.ts. */
const PARTS = [
  'complaints-signpost-handler.js', 'complaints-signpost-letter.js', 'complaints-signpost-checker.js', 'complaints-signpost-cy.js',
  'complaints-signpost-easy.js',
];
/** The script a site adds beside the /frame iframe, so the frame takes the height of its content. */
export const FRAME_HOST = 'frame-host.js';
const NOT_BUILT = 'The widget has not been built yet. Run `npm run build`, then restart the service.';

interface Page {
  path: string;
  html: string;
  css: string;
  name: string;
  /** Its own small script, served at /<js>. */
  js?: string;
  /** Fills the template's other placeholders from the request (owner-pages.ts). */
  fill?: Fill;
  /** Any site may show it in a frame. */
  frameable?: boolean;
}

/** The service's own pages: a template in demoDir ({{origin}} and {{version}} filled in) and its own style sheet,
 *  served at /<css>. Every page also links /site.css, the styles they share. */
const PAGES: readonly Page[] = [
  { path: '/', html: 'index.html', css: 'demo.css', name: 'The demo page' },
  // The widget in call-handler mode, for helpline staff.
  { path: '/handler', html: 'handler.html', css: 'handler.css', name: 'The call handler page' },
  // The widget on a whole page, set up from the query string: for a plain link or a QR code.
  { path: '/start', html: 'start.html', css: 'start.css', js: 'start.js', name: 'The start page', fill: fillStart },
  // The same, laid out for an iframe on any site.
  { path: '/frame', html: 'frame.html', css: 'frame.css', js: 'frame.js', name: 'The frame page', fill: fillFrame, frameable: true },
  // The builder: snippets, a live preview and the poster for one organisation.
  { path: '/for-websites', html: 'for-websites.html', css: 'for-websites.css', js: 'for-websites.js', name: 'The page for website owners', fill: fillBuilder },
  // An A4 poster with a QR code, for a waiting room.
  { path: '/poster', html: 'poster.html', css: 'poster.css', name: 'The poster', fill: fillPoster },
  // The complaints page checker: one page, and a CSV of many (the second page also links check.css).
  { path: '/check', html: 'check.html', css: 'check.css', name: 'The complaints page checker' },
  { path: '/check/batch', html: 'check-batch.html', css: 'check-batch.css', name: 'The batch complaints page checker' },
];

/** Every route here is a file, not the API: kept out of the OpenAPI document and never counted against the API's
 *  per-address rate limit. */
const STATIC = { schema: { hide: true }, config: { rateLimit: false } } as const;
const YEAR = 'public, max-age=31536000, immutable';

/** Short enough for a URL, long enough never to collide between releases. */
const hashOf = (content: Buffer) => createHash('sha256').update(content).digest('base64url').slice(0, 16);

const readIfThere = (path: string) => readFile(path).catch(() => undefined);

/** Compresses once, on first use: the service starts quicker, and a script nobody asks for is never compressed. */
const once = (make: () => Buffer) => {
  let made: Buffer | undefined;
  return () => (made ??= make());
};

/** The script in each encoding, each with its own strong ETag (known before anything is compressed). */
function encodings(script: Buffer, hash: string): Variant[] {
  return [
    { name: 'br', body: once(() => brotliCompressSync(script)), etag: `"${hash}-br"` },
    { name: 'gzip', body: once(() => gzipSync(script, { level: 9 })), etag: `"${hash}-gz"` },
    { name: undefined, body: () => script, etag: `"${hash}"` },
  ];
}

/** If-None-Match uses weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored. */
function isFresh(request: FastifyRequest, etags: string[]) {
  const header = request.headers['if-none-match'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim().replace(/^W\//, '');
    return trimmed === '*' || etags.includes(trimmed);
  });
}

interface Variant {
  name: string | undefined;
  body: () => Buffer;
  etag: string;
}

/** One script, ready to send: its version hash and its encodings. Empty when it has not been built. */
async function loadScript(path: string): Promise<{ hash?: string; variants: Variant[] }> {
  const script = await readIfThere(path);
  if (!script) return { variants: [] };
  const hash = hashOf(script);
  return { hash, variants: encodings(script, hash) };
}

export default async function widgetRoutes(app: FastifyInstance, opts: WidgetRoutesOptions) {
  const [scripts, siteCss, frameHost, pages] = await Promise.all([
    Promise.all([SCRIPT, ...PARTS].map(async (file) => [file, await loadScript(join(opts.distDir, file))] as const)),
    readIfThere(join(opts.demoDir, 'site.css')),
    readIfThere(join(opts.demoDir, FRAME_HOST)),
    Promise.all(PAGES.map(async (p) => ({
      ...p,
      template: await readIfThere(join(opts.demoDir, p.html)),
      sheet: await readIfThere(join(opts.demoDir, p.css)),
      script: p.js ? await readIfThere(join(opts.demoDir, p.js)) : undefined,
    }))),
  ]);
  const hash = new Map(scripts).get(SCRIPT)?.hash;

  const sendScript = (request: FastifyRequest, reply: FastifyReply, variants: Variant[], cacheControl: string) => {
    if (!variants.length) return reply.code(503).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
    const variant = variants.find((v) => !v.name || accepts(request, v.name))!;
    reply
      .header('content-type', 'application/javascript; charset=utf-8')
      .header('cache-control', cacheControl)
      .header('etag', variant.etag)
      .header('vary', 'Accept-Encoding')
      // Any site may embed the widget (and it loads its parts with CORS, to check their integrity).
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin');
    if (isFresh(request, variants.map((v) => v.etag))) return reply.code(304).send();
    if (variant.name) reply.header('content-encoding', variant.name);
    return reply.send(variant.body());
  };

  for (const [file, { hash: version, variants }] of scripts) {
    // Follows releases: browsers check back every five minutes and may use the old copy for a day while they do.
    app.get(`/widget/${file}`, STATIC, (request, reply) =>
      sendScript(request, reply, variants, 'public, max-age=300, stale-while-revalidate=86400'));

    // Pinned to one release: never changes, so it can be cached for a year.
    app.get<{ Params: { hash: string } }>(`/widget/:hash/${file}`, STATIC, (request, reply) => {
      if (version && request.params.hash !== version) {
        return reply.code(404).type('text/plain; charset=utf-8').send(`No ${file} with version ${request.params.hash}. The current version is ${version}.`);
      }
      return sendScript(request, reply, variants, YEAR);
    });
  }

  /** Style sheets by name, each with the hash of its content for its pinned URL /static/<hash>/<name>. */
  const sheets = new Map<string, { css: Buffer; hash: string }>();
  for (const [name, css] of [['site.css', siteCss], ...pages.map((p) => [p.css, p.sheet] as const)] as const) {
    if (css) sheets.set(name, { css, hash: hashOf(css) });
  }

  /** A page links its style sheets and the widget at pinned URLs, so browsers keep them for a year; the page itself
   *  is checked on every visit, so a release shows at once. */
  const pinAssets = (text: string) => {
    let out = hash ? text.replaceAll('"/widget/complaints-signpost.js"', `"/widget/${hash}/complaints-signpost.js"`) : text;
    for (const [name, sheet] of sheets) out = out.replaceAll(`"/${name}"`, `"/static/${sheet.hash}/${name}"`);
    return out;
  };

  /** A page of this service, with its own address, the widget's version and the page's own values filled in. */
  const page = (p: (typeof pages)[number]) => {
    const template = p.template && pinAssets(p.template.toString('utf8'));
    return async (request: FastifyRequest, reply: FastifyReply) => {
      if (template === undefined) return reply.code(503).type('text/plain; charset=utf-8').send(`${p.name} is missing.`);
      // The snippet on the page shows this service's own address: configured, or as the visitor reached it.
      const origin = opts.publicOrigin ?? `${request.protocol}://${request.host}`;
      const values: Record<string, string> = {
        ...(await p.fill?.({ origin, query: request.query as Query, graph: opts.holder.current, words: { language: request.language, reading: request.reading } })),
        origin: escapeHtml(origin),
        version: hash ?? 'not-built',
      };
      const text = template.replace(/\{\{([a-z-]+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
      if (p.frameable) reply.header('content-security-policy', FRAMEABLE_PAGE_CSP).removeHeader('x-frame-options');
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(text);
    };
  };

  const script = (content: Buffer | undefined) => (_request: FastifyRequest, reply: FastifyReply) => {
    if (!content) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(content);
  };
  const stylesheet = (name: string) => (_request: FastifyRequest, reply: FastifyReply) => {
    const sheet = sheets.get(name);
    if (!sheet) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(sheet.css);
  };
  const pinnedSheet = (name: string) => (request: FastifyRequest<{ Params: { hash: string } }>, reply: FastifyReply) => {
    const sheet = sheets.get(name);
    if (!sheet || request.params.hash !== sheet.hash) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.type('text/css; charset=utf-8').header('cache-control', YEAR).send(sheet.css);
  };

  // The styles every page shares; each page's own sheet follows it. Pages and their files are outside the API's limit.
  for (const name of new Set(['site.css', ...pages.map((p) => p.css)])) {
    app.get(`/${name}`, STATIC, stylesheet(name));
    app.get<{ Params: { hash: string } }>(`/static/:hash/${name}`, STATIC, pinnedSheet(name));
  }
  for (const p of pages) {
    app.get(p.path, STATIC, page(p));
    if (p.js) app.get(`/${p.js}`, STATIC, script(p.script));
  }
  // For the host page of an iframe: sizes the frame to its content.
  app.get(`/${FRAME_HOST}`, STATIC, script(frameHost));
}

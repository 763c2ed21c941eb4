// A local web server for the checker's tests: the fixture pages, and the awkward answers real sites give
// (redirects, a redirect to a private address, a PDF, a page over 2 MB, a page that never finishes, compression
// we did not ask for, redirects and error pages with endless bodies).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export interface FixtureServer {
  origin: string;
  /** User-Agent headers of the requests received, to check what the checker sends. */
  userAgents: string[];
  /** Bytes written on the endless bodies before the reader hung up. */
  endlessBytes: number[];
  close(): Promise<void>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  const userAgents: string[] = [];
  const endlessBytes: number[] = [];
  /** Writes 64 kB chunks until the reader closes the connection, then records how much was written. */
  const endless = (res: import('node:http').ServerResponse) => {
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const more = () => {
      while (!res.destroyed && written < 1024 ** 3) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
    };
    res.on('close', () => endlessBytes.push(written));
    more();
  };
  const server: Server = createServer((req, res) => {
    userAgents.push(String(req.headers['user-agent']));
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const redirect = /^\/redirect\/(\d+)\/(.+)$/.exec(path);
    if (redirect) {
      const left = Number(redirect[1]);
      res.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}/${redirect[2]}` : `/${redirect[2]}` });
      return res.end();
    }
    if (path === '/to-private') {
      res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
      return res.end();
    }
    if (path === '/redirect-endless') {
      res.writeHead(302, { location: '/gp-current.html', 'content-type': 'text/html' });
      return endless(res);
    }
    if (path === '/error-endless') {
      res.writeHead(500, { 'content-type': 'text/html' });
      return endless(res);
    }
    if (path === '/huge.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'complaints '.repeat(1000)}</p>`;
      for (let i = 0; i < 250; i++) res.write(chunk);
      return res.end();
    }
    if (path === '/slow.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>Complaints</p>');
      return; // never ends
    }
    if (path === '/gzip.html') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return res.end(gzipSync(readFileSync(join(FIXTURES, 'trust.html'))));
    }
    if (path === '/image.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end('not a page');
    }
    if (path === '/missing.html') {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<p>Not found</p>');
    }
    const file = path.slice(1);
    if (/^[\w-]+\.(html|pdf)$/.test(file)) {
      try {
        const body = readFileSync(join(FIXTURES, file));
        res.writeHead(200, { 'content-type': file.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8' });
        return res.end(body);
      } catch {
        // falls through to 404
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    userAgents,
    endlessBytes,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

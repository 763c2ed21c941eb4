// The real server process: refusing bad data at start-up, reloading data on SIGHUP, and finishing requests in
// flight on SIGTERM.
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startService, type Service } from '../faults/harness.js';

const ROOT = process.cwd();
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-data-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  return dir;
}

/** Starts server/main.ts (through tsx, so no build is needed) and waits until it listens. */
const start = (env: Record<string, string>): Promise<Service> => startService(env).then((service) => {
  children.push(service.child);
  return service;
});

const version = async (port: number) => ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { dataVersion: string }).dataVersion;

async function until(check: () => Promise<boolean> | boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Starts the server expecting it to fail: its exit code and everything it wrote. */
async function failToStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  try {
    await start(env);
  } catch (err) {
    const message = (err as Error).message;
    return { code: Number(/exited \((\d+)\)/.exec(message)?.[1] ?? NaN), output: message };
  }
  throw new Error('the server started');
}

/** One keep-alive request on an open socket; resolves with the raw response once it is complete. */
function request(socket: ReturnType<typeof connect>, path: string): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (c: Buffer) => {
      text += c.toString();
      const length = Number(/content-length: (\d+)/i.exec(text)?.[1]);
      const head = text.indexOf('\r\n\r\n');
      if (head >= 0 && Buffer.byteLength(text.slice(head + 4)) >= length) {
        socket.off('data', onData);
        resolve(text);
      }
    };
    socket.on('data', onData);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
  });
}

describe('start-up failures: one sentence, exit code 1, no stack trace', () => {
  it('says the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as { port: number }).port;
      const { code, output } = await failToStart({ PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use. Stop the other program using it, or set PORT to a free port.`);
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('says the data folder is missing', async () => {
    const { code, output } = await failToStart({ DATA_DIR: '/nowhere/at/all' });
    expect(code).toBe(1);
    expect(output).toContain('There is no routing data in /nowhere/at/all. Set DATA_DIR to the folder that holds questions.yaml');
    expect(output).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('names the CSV file, line and column of a short row', async () => {
    const data = copyOfData();
    const file = join(data, 'areas/postcodes/sectors.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4] = lines[4]!.split(',')[0]!;
    writeFileSync(file, lines.join('\n'));
    const { code, output } = await failToStart({ DATA_DIR: data });
    expect(code).toBe(1);
    expect(output).toContain('sectors.csv: line 5, column 2: the column "council_code" is missing');
    expect(output).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('explains why TRUST_PROXY=true is refused', async () => {
    const { code, output } = await failToStart({ TRUST_PROXY: 'true' });
    expect(code).toBe(1);
    expect(output).toContain('TRUST_PROXY: true is refused, because then any client could write its own X-Forwarded-For');
  }, 30_000);
});

describe('the server process', () => {
  it('refuses to start on invalid data, naming the file, record and field', async () => {
    const data = copyOfData();
    const file = join(data, 'bodies/regulators.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('https://www.gmc-uk.org', 'not a url'));
    await expect(start({ DATA_DIR: data })).rejects.toThrow(/exited \(1\)[\s\S]*bodies\/regulators\.yaml: record "gmc": field "website"/);
  }, 30_000);

  it('reloads valid data on SIGHUP, and keeps serving the old data when the new data is invalid', async () => {
    const data = copyOfData();
    const server = await start({ DATA_DIR: data });
    const before = await version(server.port);

    const file = join(data, 'bodies/ombudsmen-and-schemes.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Makes the final decision on complaints', 'Decides, at the end, on complaints'));
    server.child.kill('SIGHUP');
    await until(async () => (await version(server.port)) !== before, 'the new data version');
    const reloaded = await version(server.port);
    const phso = (await (await fetch(`http://127.0.0.1:${server.port}/api/v1/bodies/phso`)).json()) as { description: string };
    expect(phso.description).toMatch(/^Decides, at the end/);

    writeFileSync(join(data, 'deadlines.yaml'), '- id: [broken');
    server.child.kill('SIGHUP');
    await until(() => server.log().includes('data reload refused'), 'the refusal to be logged');
    expect(server.log()).toMatch(/data reload refused[\s\S]*deadlines\.yaml: cannot be read as YAML|deadlines\.yaml: cannot be read as YAML[\s\S]*data reload refused/);
    expect(await version(server.port)).toBe(reloaded);
    const plan = await fetch(`http://127.0.0.1:${server.port}/api/v1/plan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"answers":{"service":"gp"}}' });
    expect(plan.status).toBe(200);
  }, 30_000);

  it('finishes a request in flight on SIGTERM, then exits cleanly', async () => {
    const server = await start({});
    const body = JSON.stringify({ answers: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet' } });
    const socket = connect(server.port, '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString()));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    // Send the headers and half the body: the request is now in flight.
    socket.write(`POST /api/v1/plan HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 20)}`);
    await new Promise((r) => setTimeout(r, 200));
    server.child.kill('SIGTERM');
    await until(() => server.log().includes('shutting down'), 'the shutdown to begin');
    socket.end(body.slice(20));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('"status":"plan"');
    expect(await server.exited).toBe(0);
  }, 30_000);

  it('on SIGTERM closes idle keep-alive connections cleanly, and asks clients to close during the drain', async () => {
    const server = await start({ SHUTDOWN_DELAY_MS: '1500' });
    const idle = connect(server.port, '127.0.0.1');
    expect(await request(idle, '/healthz')).toMatch(/^HTTP\/1\.1 200[\s\S]*connection: keep-alive/i);
    const ended = new Promise<string>((resolve) => {
      idle.on('end', () => resolve('closed'));
      idle.on('error', (err) => resolve(`error ${(err as NodeJS.ErrnoException).code}`));
    });
    server.child.kill('SIGTERM');
    // A clean close (FIN), not a reset.
    expect(await ended).toBe('closed');

    // During the drain: still answering, not ready, and every reply closes its connection.
    const late = connect(server.port, '127.0.0.1');
    const readyz = await request(late, '/readyz');
    expect(readyz).toMatch(/^HTTP\/1\.1 503/);
    expect(readyz).toMatch(/connection: close/i);
    expect(await server.exited).toBe(0);
  }, 30_000);

  it('exits within the drain period plus 5 s even while a client trickles an upload', async () => {
    const server = await start({ SHUTDOWN_DELAY_MS: '500' });
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST /api/v1/plan HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
    const trickle = setInterval(() => socket.writable && socket.write(' '), 250);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(500 + 5_000 + 1_000);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  }, 30_000);
});

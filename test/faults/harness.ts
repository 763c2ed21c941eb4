// Starts the real service process (server/main.ts through tsx) for the fault tests, and reads its log.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = process.cwd();

export interface Service { child: ChildProcess; port: number; url: string; log: () => string; exited: Promise<number | null> }

export function startService(env: Record<string, string>): Promise<Service> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT, env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) resolve({ child, port: Number(m[1]), url: `http://127.0.0.1:${m[1]}`, log: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`the service exited (${code}) before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`the service did not start:\n${output}`)), 30_000);
  });
}

/** Checks every 100 ms until `check` holds, for at most `ms`. */
export async function until(check: () => Promise<boolean> | boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await Promise.resolve().then(check).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A request that must answer within `ms`, or the test fails: a hung service is the fault under test. */
export async function timed(url: string, init: RequestInit = {}, ms = 5_000): Promise<{ status: number; body: unknown; ms: number }> {
  const started = Date.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(ms) });
  const text = await response.text();
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* a page */ }
  return { status: response.status, body, ms: Date.now() - started };
}

export const postJson = (url: string, payload: unknown, ms?: number) =>
  timed(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }, ms);

// npm run bench:insights — the insights store under load: start-up time and memory of the compiled service with
// its store, then plan-shown events per second at 32 connections (autocannon), and a check that every accepted
// event was counted. On PGlite in a new temporary folder by default; on PostgreSQL when DATABASE_URL is set
// (scripts/with-postgres.sh npm run bench:insights). Loopback only; every run is bounded in time.
//
//   npm run bench:insights [-- --seconds 10 --connections 32]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = option('seconds', 10);
const connections = option('connections', 32);
const store = mkdtempSync(join(tmpdir(), 'insights-bench-'));
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Starts the compiled service as `npm start` does; resolves once it listens and then its store has opened on first use. */
async function start() {
  const started = performance.now();
  const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/server/main.js', import.meta.url))], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', STORE: store, RATE_LIMIT_MAX: '0', INSIGHTS_DAILY_CAP: '1000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const times: { listening?: number; ready?: number; port?: number } = {};
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const port = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (port && !times.port) [times.port, times.listening] = [Number(port[1]), performance.now() - started];
      if (times.port) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the service exited with ${code}`)));
  });
  const origin = `http://127.0.0.1:${times.port}`;
  const idleMb = rssMb(child.pid!);
  // The first report opens the store.
  const opening = performance.now();
  const first = await fetch(`${origin}/api/v1/insights?by=service`);
  if (!first.ok) throw new Error(`the store did not open: ${first.status}`);
  times.ready = performance.now() - opening;
  return { child, origin, say: (when: string) =>
    console.log(`${engine}, ${when}: listening after ${times.listening!.toFixed(0)} ms with ${idleMb.toFixed(0)} MB resident; `
      + `the store opened on first use in ${times.ready!.toFixed(0)} ms, then ${rssMb(child.pid!).toFixed(0)} MB resident`) };
}

const stop = (child: ReturnType<typeof spawn>) => new Promise<void>((resolve) => {
  child.removeAllListeners('exit');
  child.once('exit', () => resolve());
  child.kill('SIGTERM');
});

// The first start creates the store; the second is how the service starts every other time.
const first = await start();
first.say('first start, creating the store');
await stop(first.child);
const { child, origin, say } = await start();
try {
  say('started again with the store in place');
  const { dataVersion } = (await (await fetch(`${origin}/api/v1/meta`)).json()) as { dataVersion: string };
  const body = JSON.stringify({
    event: 'plan-shown', dataVersion,
    answers: { nation: 'england', service: 'care-home', funding: 'self', concern: ['care-or-treatment', 'communication'], stage: 'no-response', when: '2026-05', outcome: ['explanation'], who: 'someone-else', postcode: 'LS1 4AP' },
  });
  const result = await autocannon({
    url: `${origin}/api/v1/insights/events`, method: 'POST', body, headers: { 'content-type': 'application/json' },
    duration: seconds, connections, pipelining: 1,
  });
  const accepted = result['2xx'];
  const report = (await (await fetch(`${origin}/api/v1/insights?by=service`)).json()) as { total: number };
  console.log(`${engine}: ${(accepted / seconds).toFixed(0)} events/s at ${connections} connections over ${seconds} s `
    + `(p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx + result.errors + result.timeouts} failed); `
    + `${accepted} accepted, ${report.total} counted (rounded to 5), ${rssMb(child.pid!).toFixed(0)} MB resident after`);
} finally {
  await stop(child);
  rmSync(store, { recursive: true, force: true });
}

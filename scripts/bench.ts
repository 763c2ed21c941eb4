// npm run bench — throughput and latency of the service beside a bare Fastify server that echoes the same JSON,
// measured alternately in one run (same connections, same duration, several rounds), so the ratio is fair on
// whatever machine runs it. Only loopback addresses are used, and every run is bounded in time.
//
//   npm run bench [-- --rounds 3 --seconds 5 --connections 32]
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

if (args[0] === 'serve-echo') {
  // The baseline: Fastify with its defaults, echoing the body it was sent; and, to show what sending a plan alone
  // costs, sending back the very bytes the service sends for it (brotli-compressed, as a browser would accept).
  const { default: Fastify } = await import('fastify');
  const { brotliCompressSync, constants } = await import('node:zlib');
  const app = Fastify();
  const planBytes = brotliCompressSync(Buffer.from(process.env.PLAN_TEXT ?? '{}'), { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } });
  app.post('/echo', async (request) => request.body);
  app.post('/same-bytes', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('content-encoding', 'br').send(planBytes));
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`PORT ${(app.server.address() as { port: number }).port}`);
} else if (args[0] === 'serve-app') {
  // The compiled service, as `npm start` runs it (npm run bench builds it first), without rate limiting or logs.
  const compiled = new URL('../dist/server/http/app.js', import.meta.url).href;
  const { buildApp } = (await import(compiled)) as typeof import('../server/http/app.js');
  const app = await buildApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`PORT ${(app.server.address() as { port: number }).port}`);
} else {
  await main();
}

function serve(role: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), role], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
  });
}

interface Result { rps: number; p50: number; p99: number; errors: number }

/** Starts the compiled service as `npm start` does, and times it until it listens; then reads its resident memory. */
async function startUp(): Promise<{ ms: number; rssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/server/main.js', import.meta.url))], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`the service exited with ${code}`)));
    });
    const ms = performance.now() - started;
    await fetch(`http://127.0.0.1:${port}/healthz`);
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { ms, rssMb: rssKb / 1024 };
  } finally {
    child.kill();
  }
}

async function measure(url: string, method: 'GET' | 'POST', body: string | undefined, seconds: number, connections: number): Promise<Result> {
  // Like a browser, the client accepts compressed replies.
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' };
  const r = await autocannon({ url, method, body, headers, duration: seconds, connections, pipelining: 1, workers: option('workers', 1) });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

async function main() {
  const starts = [];
  for (let i = 0; i < 5; i++) starts.push(await startUp());
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[2] ?? 0;
  console.log(`Start-up with the full data (median of 5): ${mid(starts.map((s) => s.ms)).toFixed(0)} ms to listening, ${mid(starts.map((s) => s.rssMb)).toFixed(0)} MB resident\n`);

  const rounds = option('rounds', 3);
  const seconds = option('seconds', 5);
  const connections = option('connections', 32);
  const fullAnswers = JSON.stringify({
    answers: {
      nation: 'england', service: 'hospital', concern: ['care-or-treatment', 'communication'], stage: 'not-yet',
      when: '2026-05-10', outcome: ['explanation', 'apology'], who: 'someone-else', postcode: 'LS1 4AP',
    },
    context: { today: '2026-11-26' },
  });
  const partial = JSON.stringify({ answers: { nation: 'england', service: 'care-home' } });

  const app = await serve('serve-app');
  const planText = await (await fetch(`http://127.0.0.1:${app.port}/api/v1/plan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fullAnswers })).text();
  const echo = await serve('serve-echo', { PLAN_TEXT: planText });
  const targets = [
    { name: 'bare Fastify echo (same body)', url: `http://127.0.0.1:${echo.port}/echo`, method: 'POST' as const, body: fullAnswers },
    { name: "bare Fastify sending a plan's bytes", url: `http://127.0.0.1:${echo.port}/same-bytes`, method: 'POST' as const, body: fullAnswers },
    { name: 'POST /api/v1/plan (full answers, postcode)', url: `http://127.0.0.1:${app.port}/api/v1/plan`, method: 'POST' as const, body: fullAnswers },
    { name: 'POST /api/v1/journey (next question)', url: `http://127.0.0.1:${app.port}/api/v1/journey`, method: 'POST' as const, body: partial },
    { name: 'GET /api/v1/areas/lookup?postcode=LS1 4AP', url: `http://127.0.0.1:${app.port}/api/v1/areas/lookup?postcode=LS1%204AP`, method: 'GET' as const, body: undefined },
  ];
  const results = new Map<string, Result[]>(targets.map((t) => [t.name, []]));
  try {
    // Warm both servers up, then measure each target in turn, round after round.
    for (const t of targets) await measure(t.url, t.method, t.body, 1, connections);
    for (let round = 1; round <= rounds; round++) {
      for (const t of targets) results.get(t.name)!.push(await measure(t.url, t.method, t.body, seconds, connections));
      process.stderr.write(`round ${round} of ${rounds} done\n`);
    }
  } finally {
    echo.child.kill();
    app.child.kill();
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const baseline = median(results.get(targets[0]!.name)!.map((r) => r.rps));
  console.log(`\n${rounds} rounds of ${seconds} s each, ${connections} connections, Node ${process.version}; medians of the rounds:\n`);
  console.log(`${'target'.padEnd(46)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'vs echo'.padStart(8)}`);
  for (const t of targets) {
    const rs = results.get(t.name)!;
    const rps = median(rs.map((r) => r.rps));
    console.log(`${t.name.padEnd(46)} ${rps.toFixed(0).padStart(8)} ${median(rs.map((r) => r.p50)).toFixed(1).padStart(7)} ${median(rs.map((r) => r.p99)).toFixed(1).padStart(7)} ${String(rs.reduce((n, r) => n + r.errors, 0)).padStart(7)} ${(rps / baseline).toFixed(2).padStart(8)}`);
  }
}

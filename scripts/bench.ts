// npm run bench — throughput, latency and memory of the service beside a bare Node `http` server (no framework)
// that parses the same request and sends the same plain bytes, measured alternately in one run (same connections,
// same duration, several rounds), so the ratios are fair on whatever machine runs it. Only loopback addresses are
// used, and every run is bounded in time or in requests.
//
//   npm run bench [-- --rounds 3 --seconds 5 --connections 32 --memory-requests 200000 --compare ../other-checkout]
//
// --compare measures the plan endpoint of another built checkout too (its dist/, from `npm run build` there), in
// the same rounds, so a change can be judged before and after on one busy machine. --rounds 0 measures memory only.
//
// "Identical" sends one request over and over (answered from the service's cache after the first). "Distinct"
// sends situations that differ per request (a different postcode district, date and service each time, from a pool
// far larger than the 2,000-entry cache), so nearly every answer is computed, serialised and compressed afresh.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const text = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const option = (name: string, fallback: number) => Number(text(name) ?? fallback);

function serve(role: string, env: Record<string, string> = {}, extra: string[] = []): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), role, ...extra], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
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

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Starts a compiled service (`node dist/server/main.js`, as `npm start` does) on a free port and waits until it
 *  listens; from then on its request logs are read and dropped, so a full pipe never stalls it. */
function startService(main: string, env: Record<string, string> = {}): { child: ChildProcess; listening: Promise<number> } {
  const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const listening = new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        child.stdout!.removeAllListeners('data').resume();
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`the service exited with ${code}`)));
  });
  return { child, listening };
}

const THIS_BUILD = fileURLToPath(new URL('../dist/server/main.js', import.meta.url));

/** Times the compiled service from start until it listens; then reads its resident memory. */
async function startUp(): Promise<{ ms: number; rssMb: number }> {
  const started = performance.now();
  const { child, listening } = startService(THIS_BUILD);
  try {
    const port = await listening;
    const ms = performance.now() - started;
    await fetch(`http://127.0.0.1:${port}/healthz`);
    return { ms, rssMb: rssMb(child.pid!) };
  } finally {
    child.kill();
  }
}

const TODAY = '2026-11-26';
const SERVICES = ['hospital', 'gp', 'care-home', 'dentist', 'mental-health', 'pharmacy', 'home-care'];
const OUTCODES = readFileSync(new URL('../data/areas/postcodes/outcodes.csv', import.meta.url), 'utf8')
  .split('\n').slice(1).map((line) => line.split(',')[0]!).filter(Boolean);
const uniqueOutcodes = [...new Set(OUTCODES)];
const fullAnswers = JSON.stringify({
  answers: {
    nation: 'england', service: 'hospital', concern: ['care-or-treatment', 'communication'], stage: 'not-yet',
    when: '2026-05-10', outcome: ['explanation', 'apology'], who: 'someone-else', postcode: 'LS1 4AP',
  },
  context: { today: TODAY },
});

/** The i-th distinct situation: postcode district, service and date vary together, so no two of the first
 *  (districts × 700 days) requests are the same. */
function distinct(i: number): string {
  const district = uniqueOutcodes[i % uniqueOutcodes.length];
  const round = Math.floor(i / uniqueOutcodes.length);
  const when = new Date(Date.UTC(2024, 11, 1) + (round % 700) * 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({
    answers: {
      nation: 'england', service: SERVICES[(i + round) % SERVICES.length], concern: ['care-or-treatment', 'communication'],
      stage: 'not-yet', when, outcome: ['explanation', 'apology'], who: 'someone-else', postcode: district,
    },
    context: { today: TODAY },
  });
}

interface Result { rps: number; p50: number; p99: number; errors: number; cpuUs: number }
interface Target { name: string; url: string; method: 'GET' | 'POST'; body?: string; distinct?: boolean; brotli?: boolean; pid?: number }

/** CPU time a process has used (user and system), in µs, from /proc (clock ticks of 10 ms). */
const cpuUs = (pid: number | undefined) => {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
};

/** One timed run; `amount` instead of `seconds` sends exactly that many requests. */
async function measure(t: Target, seconds: number, connections: number, start = 0, amount?: number): Promise<Result> {
  let next = start;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(t.brotli && { 'accept-encoding': 'gzip, deflate, br' }) };
  const cpuBefore = cpuUs(t.pid);
  const r = await autocannon({
    url: t.url, method: t.method, headers, connections, pipelining: 1, ...(amount ? { amount } : { duration: seconds }),
    ...(t.distinct
      ? { requests: [{ method: t.method, setupRequest: (req: autocannon.Request) => ({ ...req, body: distinct(next++) }) }] }
      : { body: t.body }),
  });
  const cpu = cpuUs(t.pid) - cpuBefore;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, cpuUs: cpu / Math.max(1, r.requests.total) };
}

/** The service as `npm start` runs it (node dist/server/main.js, no rate limit), answering `requests` distinct
 *  situations with brotli; its resident memory sampled every 0.5 s. */
async function memoryUnder(requests: number, connections: number, root?: string): Promise<{ peak: number; end: number; rps: number }> {
  const { child, listening } = startService(root ? `${root}/dist/server/main.js` : THIS_BUILD, { RATE_LIMIT_MAX: '0' });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 500);
  try {
    const port = await listening;
    const target = { name: 'memory', url: `http://127.0.0.1:${port}/api/v1/plan`, method: 'POST' as const, distinct: true, brotli: true };
    const r = await measure(target, 0, connections, 1_000_000, requests);
    if (r.errors > 0) throw new Error(`${r.errors} requests failed while measuring memory`);
    return { peak: Math.max(peak, rssMb(child.pid!)), end: rssMb(child.pid!), rps: r.rps };
  } finally {
    clearInterval(sampler);
    child.kill();
  }
}

async function main() {
  const starts = [];
  for (let i = 0; i < 5; i++) starts.push(await startUp());
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[2] ?? 0;
  console.log(`Start-up with the full data (median of 5): ${mid(starts.map((s) => s.ms)).toFixed(0)} ms to listening, ${mid(starts.map((s) => s.rssMb)).toFixed(0)} MB resident\n`);

  const rounds = option('rounds', 3);
  const connections = option('connections', 32);
  const memoryRequests = option('memory-requests', 200_000);
  const compare = text('compare');
  if (rounds > 0) await throughput(rounds, option('seconds', 5), connections, compare);
  if (memoryRequests > 0) {
    for (const [name, root] of [['this checkout', undefined], ...(compare ? [['compared', resolve(compare)]] : [])] as const) {
      process.stderr.write(`now ${memoryRequests} distinct requests to ${name}, to measure memory\n`);
      const memory = await memoryUnder(memoryRequests, connections, root);
      console.log(`\nMemory of ${name} under ${memoryRequests.toLocaleString('en-GB')} distinct plan requests with brotli (${memory.rps.toFixed(0)} req/s): ${memory.peak.toFixed(0)} MB resident at the peak, ${memory.end.toFixed(0)} MB at the end`);
    }
  }
}

/** Every target in turn, round after round, and the table of medians. */
async function throughput(rounds: number, seconds: number, connections: number, compare: string | undefined) {
  const partial = JSON.stringify({ answers: { nation: 'england', service: 'care-home' } });
  const app = await serve('serve-app');
  const other = compare ? await serve('serve-app', {}, [resolve(compare)]) : undefined;
  const planText = await (await fetch(`http://127.0.0.1:${app.port}/api/v1/plan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fullAnswers })).text();
  const bare = await serve('serve-bare', { PLAN_TEXT: planText });
  const plan = `http://127.0.0.1:${app.port}/api/v1/plan`;
  const targets: Target[] = [
    { name: 'bare Node http: parse, send plan bytes', url: `http://127.0.0.1:${bare.port}/`, method: 'POST', distinct: true, pid: bare.child.pid },
    { name: 'plan, distinct situations', url: plan, method: 'POST', distinct: true, pid: app.child.pid },
    { name: 'plan, distinct situations, brotli', url: plan, method: 'POST', distinct: true, brotli: true, pid: app.child.pid },
    { name: 'plan, identical requests', url: plan, method: 'POST', body: fullAnswers, pid: app.child.pid },
    { name: 'plan, identical requests, brotli', url: plan, method: 'POST', body: fullAnswers, brotli: true, pid: app.child.pid },
    { name: 'journey, next question, brotli', url: `http://127.0.0.1:${app.port}/api/v1/journey`, method: 'POST', body: partial, brotli: true, pid: app.child.pid },
    { name: 'areas/lookup?postcode=LS1 4AP, brotli', url: `http://127.0.0.1:${app.port}/api/v1/areas/lookup?postcode=LS1%204AP`, method: 'GET', brotli: true, pid: app.child.pid },
  ];
  if (other) {
    const otherPlan = `http://127.0.0.1:${other.port}/api/v1/plan`;
    targets.push(
      { name: 'compared: plan, distinct situations', url: otherPlan, method: 'POST', distinct: true, pid: other.child.pid },
      { name: 'compared: plan, distinct situations, brotli', url: otherPlan, method: 'POST', distinct: true, brotli: true, pid: other.child.pid },
      { name: 'compared: plan, identical requests', url: otherPlan, method: 'POST', body: fullAnswers, pid: other.child.pid },
      { name: 'compared: plan, identical requests, brotli', url: otherPlan, method: 'POST', body: fullAnswers, brotli: true, pid: other.child.pid },
    );
  }
  const results = new Map<string, Result[]>(targets.map((t) => [t.name, []]));
  let offset = 0;
  try {
    // Warm both servers up, then measure each target in turn, round after round. Distinct targets carry on
    // through the pool of situations, so no round repeats an earlier one's requests.
    for (const t of targets) await measure(t, 1, connections, (offset += 50_000));
    for (let round = 1; round <= rounds; round++) {
      for (const t of targets) results.get(t.name)!.push(await measure(t, seconds, connections, (offset += 50_000)));
      process.stderr.write(`round ${round} of ${rounds} done\n`);
    }
  } finally {
    bare.child.kill();
    app.child.kill();
    other?.child.kill();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const baseline = median(results.get(targets[0]!.name)!.map((r) => r.rps));
  console.log(`\n${rounds} rounds of ${seconds} s each, ${connections} connections, Node ${process.version}, a ${Math.round(Buffer.byteLength(planText) / 1000)} kB plan; medians of the rounds:\n`);
  // CPU µs per request is the server's own CPU time over the requests it answered: on a shared machine it varies far
  // less than req/s, and "cost vs bare" (bare's CPU per request over this one's) is the ratio free of the load generator.
  const bareCpu = median(results.get(targets[0]!.name)!.map((r) => r.cpuUs));
  console.log(`| ${'target'.padEnd(44)} | ${'req/s'.padStart(7)} | ${'p50 ms'.padStart(6)} | ${'p99 ms'.padStart(6)} | ${'errors'.padStart(6)} | ${'vs bare'.padStart(7)} | ${'CPU µs/req'.padStart(10)} | ${'cost vs bare'.padStart(12)} |`);
  console.log(`|${'-'.repeat(46)}|${'-'.repeat(8)}:|${'-'.repeat(7)}:|${'-'.repeat(7)}:|${'-'.repeat(7)}:|${'-'.repeat(8)}:|${'-'.repeat(11)}:|${'-'.repeat(13)}:|`);
  for (const t of targets) {
    const rs = results.get(t.name)!;
    const rps = median(rs.map((r) => r.rps));
    const cpu = median(rs.map((r) => r.cpuUs));
    console.log(`| ${t.name.padEnd(44)} | ${rps.toFixed(0).padStart(7)} | ${median(rs.map((r) => r.p50)).toFixed(1).padStart(6)} | ${median(rs.map((r) => r.p99)).toFixed(1).padStart(6)} | ${String(rs.reduce((n, r) => n + r.errors, 0)).padStart(6)} | ${(rps / baseline).toFixed(2).padStart(7)} | ${cpu.toFixed(0).padStart(10)} | ${(bareCpu / cpu).toFixed(2).padStart(12)} |`);
  }
}

// Dispatch last, so every constant above is defined before main() runs.
if (args[0] === 'serve-bare') {
  // The ceiling: Node's own http server reads the request, parses its JSON and sends a plan's plain bytes.
  const { createServer } = await import('node:http');
  const planBytes = Buffer.from(process.env.PLAN_TEXT ?? '{}');
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': planBytes.length });
      response.end(planBytes);
    });
  });
  server.keepAliveTimeout = 5_000;
  server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as { port: number }).port}`));
} else if (args[0] === 'serve-app') {
  // The compiled service, as `npm start` runs it (npm run bench builds it first), without rate limiting or logs;
  // or another checkout's, given as the next argument.
  const compiled = args[1] ? pathToFileURL(`${args[1]}/dist/server/http/app.js`).href : new URL('../dist/server/http/app.js', import.meta.url).href;
  const { buildApp } = (await import(compiled)) as typeof import('../server/http/app.js');
  const app = await buildApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`PORT ${(app.server.address() as { port: number }).port}`);
} else {
  await main();
}

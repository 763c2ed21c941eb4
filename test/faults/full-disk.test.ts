// A real full disk under the embedded store: a small tmpfs the test mounts (as root; elsewhere the test is
// skipped and says why). The disk is filled while the service runs; plans, health checks and SIGTERM must keep
// working, counts must be refused quickly rather than hang, and counting must resume by itself once space is
// freed.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../server/data/load.js';
import { postJson, startService, timed, until, type Service } from './harness.js';

const isRoot = process.getuid?.() === 0;
const mount = mkdtempSync(join(tmpdir(), 'signpost-full-disk-'));
let mounted = false;
if (isRoot) {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', mount]);
    mounted = true;
  } catch { /* no permission to mount here: skipped below */ }
}
const reason = !isRoot ? 'needs root to mount a small tmpfs' : 'mounting a tmpfs was refused on this machine';
if (!mounted) console.warn(`Full-disk test skipped: it ${reason}.`);

const councils = [...loadGraph(join(process.cwd(), 'data')).areas.councils.keys()];
const SERVICES = ['gp', 'hospital', 'care-home', 'dentist', 'pharmacy', 'mental-health', 'home-care', 'ambulance'];
const RESULTS = ['resolved', 'partly', 'not-resolved', 'still-waiting', 'gave-up'];
/** Follow-ups for many different areas and services: new counter rows, so the store has to grow on disk. */
const followUp = (i: number) => ({
  answers: { nation: 'england', service: SERVICES[i % SERVICES.length], area: councils[Math.floor(i / SERVICES.length) % councils.length] },
  result: RESULTS[i % RESULTS.length],
  experience: { simple: 'agree', 'listened-to': 'disagree', 'kept-informed': 'neither' },
});
const PLAN = { answers: { nation: 'england', service: 'gp' } };

let service: Service | undefined;
afterAll(() => {
  service?.child.kill('SIGKILL');
  if (mounted) execFileSync('umount', ['-l', mount]);
  rmSync(mount, { recursive: true, force: true });
});

describe.skipIf(!mounted)('the embedded store on a full disk', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    mkdirSync(join(mount, 'store'));
    service = await startService({ STORE: join(mount, 'store'), RATE_LIMIT_MAX: '0' });
    await until(async () => (await timed(`${service!.url}/api/v1/insights?by=service`)).status === 200, 'the store to open', 150_000);
  }, 180_000);

  it('keeps answering plans and health checks, refuses counts quickly, and recovers when space is freed', async () => {
    const s = service!;
    // Fill the disk to the last block.
    try {
      writeFileSync(join(mount, 'filler'), Buffer.alloc(200 * 1024 * 1024));
    } catch { /* full */ }
    try {
      for (;;) appendFileSync(join(mount, 'filler-tail'), Buffer.alloc(4096));
    } catch { /* full */ }

    let refused = 0;
    let slowest = 0;
    for (let i = 0; i < 4000 && refused < 5; i++) {
      const r = await postJson(`${s.url}/api/v1/insights/follow-up`, followUp(i), 10_000);
      slowest = Math.max(slowest, r.ms);
      if (r.status === 503) refused++;
      else expect(r.status).toBe(202);
    }
    expect(refused, 'writes on a full disk fail').toBe(5);
    // Plans and health checks do not wait on the store.
    for (let i = 0; i < 5; i++) {
      expect((await postJson(`${s.url}/api/v1/plan`, PLAN, 2_000)).status).toBe(200);
      expect((await timed(`${s.url}/healthz`, {}, 2_000)).status).toBe(200);
    }
    const ready = await timed(`${s.url}/readyz`, {}, 2_000);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', store: { engine: 'pglite', state: expect.stringMatching(/down|recovering/) } });
    expect(s.log()).toMatch(/"event":"store-fault"/);

    // Space freed: counting resumes by itself.
    rmSync(join(mount, 'filler'));
    rmSync(join(mount, 'filler-tail'));
    await until(async () => (await postJson(`${s.url}/api/v1/insights/follow-up`, followUp(1), 10_000)).status === 202, 'counts to be accepted again', 90_000);
    expect((await timed(`${s.url}/readyz`)).body).toMatchObject({ store: { state: 'up' } });
    console.info(`Full disk: slowest event answer ${slowest} ms while the disk filled.`);

    // SIGTERM still stops it.
    s.child.kill('SIGTERM');
    expect(await Promise.race([s.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))])).toBe(0);
  });
});

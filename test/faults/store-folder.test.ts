// No silent loss on the embedded store: a folder another process holds, or one that is not a complete store, stops
// the service with one sentence and exit code 1; a backup is taken from the running service, whole.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpPglite, loadPglite } from '../../server/store/backup.js';
import { InsightsStore } from '../../server/store/counters.js';
import { postJson, startService, timed, until, type Service } from './harness.js';

const work = mkdtempSync(join(tmpdir(), 'signpost-store-folder-'));
const services: Service[] = [];
afterAll(() => {
  for (const s of services) s.child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

async function failToStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const started = await startService(env).then((s) => { services.push(s); return s; }, (err: Error) => err);
  if (!(started instanceof Error)) throw new Error('the service started');
  return { code: Number(/exited \((\d+)\)/.exec(started.message)?.[1] ?? NaN), output: started.message };
}

const FOLLOW_UP = { answers: { nation: 'england', service: 'gp', area: 'E08000035' }, result: 'gave-up', experience: {} };

describe('the embedded store\'s folder', { timeout: 180_000 }, () => {
  it('refuses a folder that is not a complete store, and never makes a new one in its place', async () => {
    const dir = join(work, 'broken');
    mkdirSync(join(dir, 'base'), { recursive: true });
    writeFileSync(join(dir, 'postgresql.conf'), '');
    const { code, output } = await failToStart({ STORE: dir });
    expect(code).toBe(1);
    expect(output).toContain(`${dir} is not a complete store (PG_VERSION is missing), so it was not opened`);
    expect(output).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a folder another process holds; a backup is taken from the running service, whole', async () => {
    const dir = join(work, 'held');
    const first = await startService({ STORE: dir, RATE_LIMIT_MAX: '0' });
    services.push(first);
    // The store opens at its first use; counts are refused (503) until it has.
    await until(async () => (await postJson(`${first.url}/api/v1/insights/follow-up`, FOLLOW_UP, 60_000)).status === 202, 'the store to open', 150_000);
    for (let i = 0; i < 2; i++) expect((await postJson(`${first.url}/api/v1/insights/follow-up`, FOLLOW_UP, 60_000)).status).toBe(202);

    const second = await failToStart({ STORE: dir });
    expect(second.code).toBe(1);
    expect(second.output).toContain(`The store in ${dir} is in use by process ${first.child.pid}`);

    // The backup goes through the running service, which keeps answering meanwhile.
    const file = join(work, 'backup.tar.gz');
    const backup = dumpPglite(dir, file);
    expect((await timed(`${first.url}/healthz`)).status).toBe(200);
    expect(await backup).toBeGreaterThan(1000);
    expect(first.log()).toContain('"event":"store-backup"');
    await loadPglite(file, join(work, 'restored'));
    const restored = new InsightsStore({ dir: join(work, 'restored'), dailyCap: 100 });
    expect((await restored.rows()).filter((r) => r.dimension === 'result')).toEqual([expect.objectContaining({ value: 'gave-up', count: 3 })]);
    await restored.close();

    // Once the first process has gone, its lock no longer holds the folder.
    first.child.kill('SIGKILL');
    await first.exited;
    const third = await startService({ STORE: dir, RATE_LIMIT_MAX: '0' });
    services.push(third);
    await until(async () => (await postJson(`${third.url}/api/v1/insights/follow-up`, FOLLOW_UP, 60_000)).status === 202, 'the store to reopen', 150_000);
  });
});

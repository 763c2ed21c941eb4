// A PostgreSQL server killed under the running service (scripts/with-postgres.sh starts it and says how to kill
// and restart it; without it the test is skipped). Plans and health checks keep answering, counts are refused
// quickly, and counting resumes by itself when the server is back, with every accepted event counted.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPostgres } from '../../server/store/sql.js';
import { postJson, startService, timed, until, type Service } from './harness.js';

const { DATABASE_URL, PG_KILL, PG_START } = process.env;
if (!PG_KILL) console.warn('Killed-PostgreSQL test skipped: run it through scripts/with-postgres.sh.');

const FOLLOW_UP = { answers: { nation: 'england', service: 'gp', area: 'E08000035' }, result: 'partly', experience: {} };
const PLAN = { answers: { nation: 'england', service: 'gp' } };

let service: Service | undefined;
afterAll(() => service?.child.kill('SIGKILL'));

describe.skipIf(!PG_KILL || !DATABASE_URL)('a killed PostgreSQL server', { timeout: 180_000 }, () => {
  it('keeps the signpost answering, refuses counts quickly, and counts again once the server is back', async () => {
    const sql = await connectPostgres(DATABASE_URL!);
    await sql.exec('DROP TABLE IF EXISTS counters; DROP TABLE IF EXISTS schema_migrations;');
    await sql.close();
    // This test is about the server dying, not about one sender's daily allowance.
    service = await startService({ DATABASE_URL: DATABASE_URL!, RATE_LIMIT_MAX: '0', INSIGHTS_ADDRESS_CAP_FOLLOW_UPS: '1000' });
    const s = service;
    let accepted = 0;
    const post = async () => {
      const r = await postJson(`${s.url}/api/v1/insights/follow-up`, FOLLOW_UP, 15_000);
      if (r.status === 202) accepted++;
      return r;
    };
    await until(async () => (await post()).status === 202, 'the store to open');
    for (let i = 0; i < 20; i++) expect((await post()).status).toBe(202);

    execFileSync('bash', ['-c', PG_KILL!]);
    let slowest = 0;
    for (let i = 0; i < 20; i++) {
      const r = await post();
      slowest = Math.max(slowest, r.ms);
      expect(r.status).toBe(503);
      expect((await postJson(`${s.url}/api/v1/plan`, PLAN, 2_000)).status).toBe(200);
      expect((await timed(`${s.url}/healthz`, {}, 2_000)).status).toBe(200);
    }
    expect(slowest, 'no count waits on a dead server').toBeLessThan(5_000);
    expect((await timed(`${s.url}/readyz`)).body).toMatchObject({ status: 'ready', store: { engine: 'postgres', state: expect.stringMatching(/down|recovering/) } });
    expect(s.log()).toMatch(/"event":"store-fault"/);

    execFileSync('bash', ['-c', PG_START!]);
    await until(async () => (await post()).status === 202, 'counts to be accepted again', 120_000);
    expect((await timed(`${s.url}/readyz`)).body).toMatchObject({ store: { state: 'up' } });
    const check = await connectPostgres(DATABASE_URL!);
    const { rows } = await check.query<{ n: number }>("SELECT sum(count)::int AS n FROM counters WHERE dimension = 'result'");
    await check.close();
    expect(rows[0]!.n, 'every accepted event is counted, and no refused one').toBe(accepted);
    console.info(`Killed PostgreSQL: slowest refused count ${slowest} ms; ${accepted} accepted events, all counted.`);

    s.child.kill('SIGTERM');
    expect(await Promise.race([s.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))])).toBe(0);
  });
});

// Two service processes against one PostgreSQL and one Redis (scripts/with-postgres.sh and scripts/with-redis.sh
// start them; without both the test is skipped): the rate limit is shared, so two instances allow it once, and
// every accepted event is counted exactly once in the shared store. Prints the run's figures.
import { afterAll, describe, expect, it } from 'vitest';
import { connectPostgres } from '../../server/store/sql.js';
import { postJson, startService, timed, until, type Service } from './harness.js';

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !REDIS_URL) console.warn('Two-instance test skipped: run it through scripts/with-postgres.sh and scripts/with-redis.sh.');

const LIMIT = 1_000;
const SENT = 1_200;
const CONNECTIONS = 16;
const JOURNEY = {
  nation: 'england', service: 'care-home', funding: 'self', concern: ['care-or-treatment'],
  stage: 'no-response', when: '2026-05', outcome: ['explanation'], who: 'someone-else', postcode: 'LS1 4AP',
};

const services: Service[] = [];
afterAll(() => { for (const s of services) s.child.kill('SIGKILL'); });

describe.skipIf(!DATABASE_URL || !REDIS_URL)('two instances on PostgreSQL with Redis', { timeout: 240_000 }, () => {
  it('share one rate limit and one store: the limit holds once across both, and every accepted event is counted', async () => {
    const sql = await connectPostgres(DATABASE_URL!);
    await sql.exec('DROP TABLE IF EXISTS counters; DROP TABLE IF EXISTS schema_migrations;');
    const redis = new (await import('ioredis')).Redis(REDIS_URL!);
    await redis.flushall();
    redis.disconnect();
    const env = { DATABASE_URL: DATABASE_URL!, REDIS_URL: REDIS_URL!, RATE_LIMIT_MAX: String(LIMIT), RATE_LIMIT_WINDOW: '10 minutes', INSIGHTS_ADDRESS_CAP_PLANS: '100000' };
    services.push(await startService(env), await startService(env));
    const [a, b] = services as [Service, Service];
    const dataVersion = ((await timed(`${a.url}/healthz`)).body as { dataVersion: string }).dataVersion;
    // Both stores open (and migrate, one at a time under the advisory lock) before the run; reports are not limited.
    for (const s of services) await until(async () => (await timed(`${s.url}/readyz`)).status === 200, 'ready');

    const statuses: Record<number, number> = {};
    const times: number[] = [];
    let next = 0;
    const started = Date.now();
    await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
      while (next < SENT) {
        const i = next++;
        const r = await postJson(`${(i % 2 ? b : a).url}/api/v1/insights/events`, { event: 'plan-shown', dataVersion, answers: JOURNEY }, 15_000);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        times.push(r.ms);
      }
    }));
    const seconds = (Date.now() - started) / 1000;
    times.sort((x, y) => x - y);
    const { rows } = await sql.query<{ n: number }>("SELECT coalesce(sum(count), 0)::int AS n FROM counters WHERE dimension = 'plans'");
    await sql.close();
    console.info(`Two instances, PostgreSQL and Redis: ${SENT} events in ${seconds.toFixed(1)} s (${Math.round(SENT / seconds)}/s) at ${CONNECTIONS} connections; `
      + `answers ${JSON.stringify(statuses)}; p50 ${times[Math.floor(times.length / 2)]} ms, p99 ${times[Math.floor(times.length * 0.99)]} ms; counted ${rows[0]!.n}.`);

    // Accepted plus those the store could not take make up the limit exactly; the rest were limited.
    expect((statuses[202] ?? 0) + (statuses[503] ?? 0)).toBe(LIMIT);
    expect(statuses[429]).toBe(SENT - LIMIT);
    expect(rows[0]!.n).toBe(statuses[202]);
  });
});

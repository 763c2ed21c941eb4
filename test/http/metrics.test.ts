// /metrics: what operators see of events, the store, the checker and 429s, in the Prometheus text format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/http/app.js';
import { InsightsStore } from '../../server/store/counters.js';

// A store whose database cannot be reached: events are refused as unavailable, and the breaker opens.
const store = new InsightsStore({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dailyCap: 10 });
let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  app = await buildApp({ insights: { store, addressCaps: { plan: 5, 'follow-up': 1 } }, rateLimit: { max: 6, timeWindow: '1 minute' } });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const followUp = (nation: string) => app.inject({ method: 'POST', url: '/api/v1/insights/follow-up',
  payload: { answers: { nation, service: 'gp', area: 'E08000035' }, result: 'gave-up' } });
const metric = (text: string, name: string) => new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1];

describe('/metrics', () => {
  it('counts events by outcome, the store\'s state and calls, 429s by route, and event-loop lag', async () => {
    // The store cannot count, so the allowance is given back: the second is unavailable too, never capped.
    expect((await followUp('england')).statusCode).toBe(503);
    expect((await followUp('england')).statusCode).toBe(503);
    expect((await followUp('wales')).statusCode).toBe(400);
    for (let i = 0; i < 4; i++) await app.inject('/api/v1/meta');

    const response = await app.inject('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(metric(text, 'signpost_insights_events_total{kind="follow-up",outcome="unavailable"}')).toBe('2');
    expect(metric(text, 'signpost_insights_events_total{kind="follow-up",outcome="capped"}')).toBeUndefined();
    expect(metric(text, 'signpost_insights_events_total{kind="follow-up",outcome="refused"}')).toBe('1');
    expect(metric(text, 'signpost_store_state{engine="postgres",state="down"}')).toBe('1');
    expect(metric(text, 'signpost_store_call_seconds_count{call="count",outcome="failed"}')).toBe('1');
    expect(metric(text, 'signpost_http_429_total{route="/api/v1/meta"}')).toBe('1');
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \S+$/m);
    // Nothing a person sent.
    expect(text).not.toMatch(/E08000035|gave-up|127\.0\.0\.1/);
  });
});

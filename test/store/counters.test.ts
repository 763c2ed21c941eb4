// The store itself, on PGlite or PostgreSQL: atomic counters, the daily cap, retention, restarts.
import { describe, expect, it } from 'vitest';
import { InsightsStore, type Increment } from '../../server/store/counters.js';
import { ENGINE, sharedStore, TEST_DAILY_CAP } from './store-harness.js';

const event = (over: Partial<Increment> = {}): Increment => ({
  kind: 'plan', day: '2026-11-27', source: 'public', nation: 'england', area: 'E08000035', service: 'gp',
  items: [{ dimension: 'plans', value: '' }, { dimension: 'concern', value: 'care-or-treatment' }, { dimension: 'concern', value: 'communication' }],
  ...over,
});

const shared = sharedStore();

describe(`the insights store on ${ENGINE}`, { timeout: 60_000 }, () => {
  it('adds 1 to every counter of an event, and nothing else', async () => {
    const { store } = shared;
    expect(await store.count(event())).toBe(3);
    await store.count(event({ items: [{ dimension: 'plans', value: '' }, { dimension: 'concern', value: 'communication' }] }));
    expect(await store.report({ kind: 'plan', dimension: 'concern', groupBy: 'value' })).toEqual([
      { value: 'care-or-treatment', count: 1 }, { value: 'communication', count: 2 },
    ]);
    expect(await store.report({ kind: 'plan', dimension: 'plans', groupBy: 'service' })).toEqual([{ value: 'gp', count: 2 }]);
    expect((await store.rows()).length).toBe(3);
  });

  it('loses no count when 500 events arrive at once', async () => {
    await Promise.all(Array.from({ length: 500 }, () => shared.store.count(event())));
    expect(await shared.store.report({ kind: 'plan', dimension: 'plans', groupBy: 'area' })).toEqual([{ value: 'E08000035', count: 500 }]);
  });

  it('stops each counter at the daily cap, and starts again the next day', async () => {
    const { store } = shared;
    await Promise.all(Array.from({ length: TEST_DAILY_CAP + 10 }, () => store.count(event())));
    expect(await store.count(event())).toBe(0);
    await store.count(event({ day: '2026-11-28' }));
    expect(await store.report({ kind: 'plan', dimension: 'plans', groupBy: 'month' })).toEqual([{ value: '2026-11', count: TEST_DAILY_CAP + 1 }]);
  });

  it('filters reports by area, period and source', async () => {
    const { store } = shared;
    await store.count(event());
    await store.count(event({ area: 'E08000036' }));
    await store.count(event({ day: '2026-10-01', source: 'handler' }));
    const plans = (q: object) => store.report({ kind: 'plan', dimension: 'plans', groupBy: 'service', ...q });
    expect(await plans({ area: 'E08000035' })).toEqual([{ value: 'gp', count: 2 }]);
    expect(await plans({ from: '2026-11-01', to: '2026-11-30' })).toEqual([{ value: 'gp', count: 2 }]);
    expect(await plans({ source: 'handler' })).toEqual([{ value: 'gp', count: 1 }]);
  });

  it('rolls daily counters older than three years into monthly ones, keeping every count', async () => {
    const { store } = shared;
    for (const day of ['2023-10-03', '2023-10-20', '2023-11-26', '2023-11-27']) await store.count(event({ day }));
    // 2023-11-26 is more than three years before 2026-11-27; 2023-11-27 is not. Three counters a day.
    expect(await store.rollUp('2026-11-27')).toBe(9);
    const plans = async () => (await store.rows()).filter((r) => r.dimension === 'plans').map((r) => [r.period, r.day, r.count]);
    expect(await plans()).toEqual([['day', '2023-11-27', 1], ['month', '2023-10-01', 2], ['month', '2023-11-01', 1]]);
    // It runs daily: nothing more today, and tomorrow's roll-up adds into the same month.
    expect(await store.rollUp('2026-11-27')).toBe(0);
    expect(await store.rollUp('2026-11-28')).toBe(3);
    expect(await plans()).toEqual([['month', '2023-10-01', 2], ['month', '2023-11-01', 2]]);
    expect(await store.report({ kind: 'plan', dimension: 'plans', groupBy: 'month' })).toEqual([
      { value: '2023-10', count: 2 }, { value: '2023-11', count: 2 },
    ]);
  });

  it('keeps its counts across a restart, running the migrations again without harm', async () => {
    await shared.store.count(event());
    await shared.store.close();
    // The same folder (PGlite) or database (PostgreSQL), opened again.
    shared.store = new InsightsStore(shared.options);
    await shared.store.count(event());
    expect(await shared.store.report({ kind: 'plan', dimension: 'plans', groupBy: 'service' })).toEqual([{ value: 'gp', count: 2 }]);
  });

  it('fails fast while the database cannot be reached, and tries again later', async () => {
    const store = new InsightsStore({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dailyCap: 10 });
    await expect(store.count(event())).rejects.toThrow();
    const started = Date.now();
    await expect(store.count(event())).rejects.toThrow('unavailable (down)');
    expect(Date.now() - started).toBeLessThan(100);
    await store.close();
  });
});

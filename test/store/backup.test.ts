// PGlite's backup and restore (PostgreSQL's is pg_dump, not ours to test).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpPglite, loadPglite } from '../../server/store/backup.js';
import { InsightsStore } from '../../server/store/counters.js';
import { DATABASE_URL } from './store-harness.js';

const work = mkdtempSync(join(tmpdir(), 'insights-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(DATABASE_URL)('backup and restore of the embedded store', { timeout: 120_000 }, () => {
  it('dumps the store to one file and loads it into a new folder with every count', async () => {
    const original = new InsightsStore({ dir: join(work, 'store'), dailyCap: 100 });
    await original.count({ kind: 'plan', day: '2026-11-27', source: 'public', nation: 'england', area: 'E08000035', service: 'gp', items: [{ dimension: 'plans', value: '' }] });
    const before = await original.rows();
    await original.close();

    const file = join(work, 'backup.tar.gz');
    expect(await dumpPglite(join(work, 'store'), file)).toBeGreaterThan(1000);
    await expect(loadPglite(file, join(work, 'store'))).rejects.toThrow('not empty');
    await loadPglite(file, join(work, 'restored'));

    const restored = new InsightsStore({ dir: join(work, 'restored'), dailyCap: 100 });
    expect(await restored.rows()).toEqual(before);
    await restored.close();
  });
});

// Copies of data/ with one change made, for tests that show a mistake is refused with the file, record and field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { DataError, loadGraph } from '../../server/data/load.js';

export const DATA = join(process.cwd(), 'data');
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of data/ with the same change made to each of the files named. */
export function dataWith(files: string | string[], change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-data-'));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  for (const file of [files].flat()) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the change to ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return dir;
}

/** The problems the loader reports for a copy of the data; throws if it loads without complaint. */
export function problemsOf(dir: string): string[] {
  try {
    loadGraph(dir);
  } catch (err) {
    if (err instanceof DataError) return [...err.problems];
    throw err;
  }
  throw new Error('the data loaded without complaint');
}

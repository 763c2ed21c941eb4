// Measures loading the postcode index: time, and memory growth against a baseline process that imports
// the same module but does not load. Each sample is a fresh Node process, so nothing is cached or warmed.
// Run: npx tsx scripts/measure-areas.ts [samples]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

interface Sample {
  loadMs: number;
  rss: number;
  heapUsed: number;
  /** Memory held outside the JS heap (Buffers, ArrayBuffers). */
  external: number;
}

async function child(mode: 'baseline' | 'load'): Promise<void> {
  const { loadPostcodeIndex } = await import('../server/data/areas/postcodes.js');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the child with --expose-gc');
  gc();
  const t0 = performance.now();
  const index = mode === 'load' ? loadPostcodeIndex(join(root, 'data/areas/postcodes')) : undefined;
  const loadMs = performance.now() - t0;
  gc();
  const m = process.memoryUsage();
  // Touch the index after measuring so it is still reachable when memory is read.
  if (index && index.lookup('LS1 4AP').kind !== 'found') throw new Error('index does not answer LS1 4AP');
  const sample: Sample = { loadMs, rss: m.rss, heapUsed: m.heapUsed, external: m.external };
  process.stdout.write(JSON.stringify(sample));
}

function run(mode: 'baseline' | 'load'): Sample {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode], {
    cwd: root, encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Sample;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

if (process.argv[2] === '--child') {
  await child(process.argv[3] === 'load' ? 'load' : 'baseline');
} else {
  const n = Math.max(1, Number(process.argv[2] ?? 5));
  const base: Sample[] = [];
  const load: Sample[] = [];
  for (let i = 0; i < n; i++) {
    base.push(run('baseline'));
    load.push(run('load'));
  }
  const growth = (k: 'rss' | 'heapUsed' | 'external') => (median(load.map((s) => s[k])) - median(base.map((s) => s[k]))) / MB;
  console.log(`postcode index, median of ${n} fresh processes each:`);
  console.log(`  load time        ${median(load.map((s) => s.loadMs)).toFixed(1)} ms`);
  console.log(`  heap growth      ${growth('heapUsed').toFixed(1)} MB`);
  console.log(`  external growth  ${growth('external').toFixed(1)} MB`);
  console.log(`  RSS growth       ${growth('rss').toFixed(1)} MB (vs a process that imports but does not load)`);
}

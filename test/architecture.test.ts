// The folders show the flow: data/ files → server/data (loading) → server/graph (the pure engine) ← server/http.
// These checks keep it so: the engine reads no files and opens no sockets, and no folder imports back from
// a folder that imports it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = resolve(import.meta.dirname, '../server');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** Top folder under server/ of each relative import, and each bare module imported. */
function importsOf(file: string) {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm), ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!);
  return specs.map((spec) => {
    if (!spec.startsWith('.')) return { spec, folder: null };
    const target = relative(SERVER, resolve(dirname(file), spec));
    return { spec, folder: target.includes('/') ? target.split('/')[0]! : '(root)' };
  });
}

const folderOf = (file: string) => relative(SERVER, file).split('/')[0]!;
const files = sourceFiles(SERVER);

describe('architecture', () => {
  it('keeps the engine pure: no file, network or process access in server/graph', () => {
    const impure = files.filter((f) => folderOf(f) === 'graph')
      .flatMap((f) => importsOf(f).filter((i) => /^(node:)?(fs|net|http|https|child_process|dns|fs\/promises)$/.test(i.spec)).map((i) => `${relative(SERVER, f)} imports ${i.spec}`));
    expect(impure).toEqual([]);
  });

  it('keeps the checker pure except its one fetcher (server/checker/fetch.ts)', () => {
    const impure = files.filter((f) => folderOf(f) === 'checker' && !f.endsWith('/fetch.ts'))
      .flatMap((f) => importsOf(f).filter((i) => /^(node:)?(fs|net|http|https|child_process|dns|fs\/promises)$/.test(i.spec) || i.spec.endsWith('/fetch.js')).map((i) => `${relative(SERVER, f)} imports ${i.spec}`));
    expect(impure).toEqual([]);
  });

  it('has no folder that imports back from a folder that imports it', () => {
    const edges = new Set<string>();
    for (const f of files) for (const i of importsOf(f)) if (i.folder && i.folder !== folderOf(f)) edges.add(`${folderOf(f)}->${i.folder}`);
    const cycles = [...edges].filter((e) => { const [a, b] = e.split('->'); return edges.has(`${b}->${a}`); });
    expect(cycles).toEqual([]);
    // The engine is the bottom layer: it imports from no other folder.
    expect([...edges].filter((e) => e.startsWith('graph->'))).toEqual([]);
  });
});

// Every public text block reads plainly: Flesch reading ease 70 or more, no sentence over 25 words. A failure names
// the file, the record and the field (or the line, for the widget), so a writer can find and fix it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { plainEnglishProblem, reading } from './plain-english.js';
import { en } from '../widget/texts/en.js';

const ROOT = process.cwd();
/** Fields people read. Names, ids, sources and curator notes are not public prose. */
const PUBLIC_FIELDS = new Set(['text', 'reason', 'description', 'waiting', 'noResponse', 'textUnknown', 'textPassed', 'hint', 'whyItMatters', 'prompt', 'expect', 'label']);

interface Block { where: string; text: string }

const files = (dir: string, ending: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ending.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();

function dataBlocks(): Block[] {
  const blocks: Block[] = [];
  const visit = (file: string, record: string, node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(file, record, item, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const id = (node as { id?: string; code?: string }).id ?? (node as { code?: string }).code ?? record;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sources' || key === 'when' || key === 'askWhen') continue;
      const field = `${path}${path ? '.' : ''}${key}`;
      if (typeof value === 'string' && PUBLIC_FIELDS.has(key)) blocks.push({ where: `${file} ${id} ${field}`, text: value });
      else if (key === 'expect' && Array.isArray(value)) value.forEach((text, i) => blocks.push({ where: `${file} ${id} ${field}[${i}]`, text: String(text) }));
      else visit(file, id, value, field);
    }
  };
  for (const file of files(join(ROOT, 'data'), /\.yaml$/)) {
    const name = relative(ROOT, file);
    const records = yaml.load(readFileSync(file, 'utf8'));
    for (const record of [records].flat()) visit(name, (record as { id?: string })?.id ?? '', record, '');
  }
  return blocks;
}

/** The widget's own words: text between JSX tags, and the messages it keeps in constants. */
function widgetBlocks(): Block[] {
  const blocks: Block[] = [];
  for (const file of files(join(ROOT, 'widget'), /\.tsx?$/)) {
    const name = relative(ROOT, file);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const texts = [
        ...[...line.matchAll(/>([^<>{}]*[a-z][^<>{}]*)</gi)].map((m) => m[1]!),
        // JSX text running over a line of its own in a component.
        ...(file.endsWith('.tsx') && /^\s*[A-Za-z]/.test(line) && !/[=;(){}?]|,$|^\s*(import|export|const|let|return|\/\/|\*)/.test(line) && !/^\s*\w+[:=]/.test(line) ? [line] : []),
        ...[...line.matchAll(/^(?:export )?const [A-Z_]+ = '([^']+)'/g)].map((m) => m[1]!),
      ];
      for (const text of texts) if (/\s/.test(text.trim())) blocks.push({ where: `${name}:${i + 1}`, text: text.trim() });
    });
  }
  return blocks;
}

/** Blocks written before this lint and still to be rewritten. The list may only shrink: a block on it that now
 *  passes fails the test until it is taken off, and nothing new may be added to it. */
const PENDING = new Set(readFileSync(join(ROOT, 'test/plain-english-pending.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));

/** The widget's catalogue of its own words (widget/texts/en.ts), each by its key; a function is read with a sample. */
function catalogueBlocks(texts: object = en, prefix = ''): Block[] {
  return Object.entries(texts).flatMap(([key, value]): Block[] => {
    if (typeof value === 'object') return catalogueBlocks(value, `${prefix}${key}.`);
    const text = typeof value === 'function' ? String(value('1 March 2027')) : String(value);
    return /\s/.test(text.trim()) ? [{ where: `widget/texts/en.ts ${prefix}${key}`, text }] : [];
  });
}

describe('plain English', () => {
  const blocks = [...dataBlocks(), ...widgetBlocks(), ...catalogueBlocks()];

  it('finds the public text in data/ and the widget', () => {
    expect(blocks.filter((b) => b.where.startsWith('data/')).length).toBeGreaterThan(400);
    expect(blocks.filter((b) => b.where.startsWith('widget/')).length).toBeGreaterThan(40);
    expect(blocks.find((b) => b.where.startsWith('data/questions.yaml nation text'))?.text).toBe('Which country was the care or service in?');
  });

  it('reads at Flesch 70 or more, with no sentence over 25 words, in every public text block', () => {
    const failing = blocks.map((b) => ({ ...b, problem: plainEnglishProblem(b.text) })).filter((b) => b.problem);
    const fresh = failing.filter((b) => !PENDING.has(b.where)).map((b) => `${b.where}: ${b.problem}`);
    // PLAIN_ENGLISH_REPORT=file writes every failing block with its text, for whoever rewrites them.
    if (process.env.PLAIN_ENGLISH_REPORT) writeFileSync(process.env.PLAIN_ENGLISH_REPORT, failing.map((b) => `${b.where}\t${b.problem}\t${b.text}`).join('\n'));
    expect(fresh).toEqual([]);
    const fixed = [...PENDING].filter((where) => !failing.some((b) => b.where === where));
    expect(fixed, 'rewritten: take these off test/plain-english-pending.txt').toEqual([]);
  });

  it('measures as the formula says', () => {
    expect(reading('The cat sat on the mat.')).toEqual({ ease: 116.1, words: 6, longest: 6 });
    expect(plainEnglishProblem('Consideration of multidisciplinary organisational responsibilities necessitates comprehensive institutional documentation and accountability.'))
      .toMatch(/^reading ease -?\d/);
    expect(plainEnglishProblem(`${'word '.repeat(26).trim()}.`)).toBe('a sentence of 26 words (at most 25)');
    expect(plainEnglishProblem('Abuse or neglect')).toBeUndefined();
  });
});

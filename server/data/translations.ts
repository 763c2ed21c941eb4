// Welsh and Easy Read texts, kept beside the English data in files a translator can review in a pull request:
// data/cy/ (Welsh), data/easy/ (Easy Read in English) and data/easy-cy/ (Easy Read in Welsh) each mirror the data
// files, keyed by record id and field. The loader lays them over a copy of the English records, so the engine
// gets a graph per language and reading and needs no language logic of its own. A key that names no record or
// no text field is refused at load, naming the file, the record and the field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Language, Reading } from '../graph/contract.js';
import { GlossarySchema, TranslationFileSchema, type Glossary, type TranslatedText } from '../graph/schemas.js';
import { parseYaml, type Loaded } from './records.js';

/** Where each edition's texts live, laid over English in this order: Welsh Easy Read falls back to Welsh, not to
 *  English Easy Read, so a Welsh reader never meets English where a Welsh text exists. */
export const TRANSLATION_DIRS = ['cy', 'easy', 'easy-cy'] as const;
export const OVERLAYS: Record<string, { language: Language; reading: Reading; dirs: readonly (typeof TRANSLATION_DIRS)[number][] }> = {
  cy: { language: 'cy', reading: 'standard', dirs: ['cy'] },
  'en-easy': { language: 'en', reading: 'easy', dirs: ['easy'] },
  'cy-easy': { language: 'cy', reading: 'easy', dirs: ['cy', 'easy-cy'] },
};

/** Fields a person reads, per record. Names are included: a body has an official Welsh name where one exists. */
const TEXT_FIELDS = [
  'name', 'description', 'websiteLabel', 'phoneNote', 'text', 'short', 'hint', 'prompt', 'whyItMatters', 'title', 'reason',
  'textUnknown', 'textPassed', 'waiting', 'noResponse',
] as const;

export interface TextBlock { field: string; text: string }

/** The official Welsh names of bodies and processes, with the page each was taken from, and the names written the
 *  same in both languages. */
export const GLOSSARY = 'cy/glossary.yaml';

export function readGlossary(root: string, problems: string[]): Glossary {
  const empty: Glossary = { terms: [], sameInBoth: [] };
  const path = join(root, GLOSSARY);
  if (!existsSync(path)) return empty;
  const result = GlossarySchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${GLOSSARY}: field "${issue.path.join('.')}" ${issue.message}`);
  return empty;
}

/** Texts allowed to read the same in Welsh as in English: proper names, and the glossary's names that are. */
export function sameInBothLanguages(root: string): Set<string> {
  const glossary = readGlossary(root, []);
  return new Set([...glossary.sameInBoth, ...glossary.terms.filter((t) => t.cy === t.en).map((t) => t.en)]);
}

// Records do not change once loaded, and each translation directory asks for the same record's texts.
const blocksOf = new WeakMap<object, TextBlock[]>();

/** Every text a person reads in one record, by the field name a translation file uses. */
export function textBlocks(record: object): TextBlock[] {
  const known = blocksOf.get(record);
  if (known) return known;
  const r = record as Record<string, unknown>;
  const blocks: TextBlock[] = [];
  for (const field of TEXT_FIELDS) if (typeof r[field] === 'string') blocks.push({ field, text: r[field] as string });
  if (Array.isArray(r.options)) {
    for (const o of r.options as { value: string; label: string; hint?: string }[]) {
      blocks.push({ field: `options.${o.value}.label`, text: o.label });
      if (o.hint) blocks.push({ field: `options.${o.value}.hint`, text: o.hint });
    }
  }
  if (Array.isArray(r.expect)) (r.expect as string[]).forEach((text, i) => blocks.push({ field: `expect.${i}`, text }));
  blocksOf.set(record, blocks);
  return blocks;
}

export const recordKey = (record: object) => {
  const r = record as { id?: string; code?: string };
  return r.id ?? r.code ?? '';
};

/** One translation directory: data file -> record id -> field -> text. */
export type Overlay = Map<string, Map<string, Map<string, TranslatedText>>>;

const yamlUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => join(e.parentPath, e.name)).sort()
    : [];

/** Reads data/<dir>/, checking every key against the English record it translates. */
export function readOverlay(root: string, dir: string, english: readonly Loaded<object>[], problems: string[]): Overlay {
  const byFile = new Map<string, Map<string, TextBlock[]>>();
  for (const { file, record } of english) {
    const records = byFile.get(file) ?? new Map<string, TextBlock[]>();
    records.set(recordKey(record), textBlocks(record));
    byFile.set(file, records);
  }
  const overlay: Overlay = new Map();
  for (const path of yamlUnder(join(root, dir))) {
    const name = relative(root, path);
    if (name === GLOSSARY) continue;
    const mirrored = relative(join(root, dir), path);
    const records = byFile.get(mirrored);
    if (!records) {
      problems.push(`${name}: translates "${mirrored}", which is not a data file with text (files mirror data/: ${[...byFile.keys()].join(', ')})`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = parseYaml(readFileSync(path, 'utf8')) ?? {};
    } catch (err) {
      problems.push(`${name}: cannot be read as YAML: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = TranslationFileSchema.safeParse(parsed);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [id, field, ...rest] = issue.path.map(String);
        problems.push(`${name}: record "${id ?? ''}": field "${field ?? ''}"${rest.length ? ` (${rest.join('.')})` : ''} ${issue.message}`);
      }
      continue;
    }
    const texts = new Map<string, Map<string, TranslatedText>>();
    for (const [id, fields] of Object.entries(result.data)) {
      const blocks = records.get(id);
      if (!blocks) {
        problems.push(`${name}: record "${id}" is not in data/${mirrored}`);
        continue;
      }
      const kept = new Map<string, TranslatedText>();
      for (const [field, translated] of Object.entries(fields)) {
        const block = blocks.find((b) => b.field === field);
        if (!block) problems.push(`${name}: record "${id}": field "${field}" is not a text of that record (texts: ${blocks.map((b) => b.field).join(', ')})`);
        else if (block.text.includes('{date}') && !translated.value.includes('{date}')) problems.push(`${name}: record "${id}": field "${field}" must keep {date}, where the date goes`);
        else kept.set(field, translated);
      }
      texts.set(id, kept);
    }
    overlay.set(mirrored, texts);
  }
  return overlay;
}

/** A copy of the record with its texts replaced by the overlay's; the English record is left as it is. */
export function translated<T extends object>(file: string, record: T, overlays: readonly Overlay[]): T {
  const fields = overlays.map((o) => o.get(file)?.get(recordKey(record))).filter((f): f is Map<string, TranslatedText> => !!f && f.size > 0);
  if (fields.length === 0) return record;
  const text = (field: string) => fields.reduce<string | undefined>((found, f) => f.get(field)?.value ?? found, undefined);
  const copy = { ...record } as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    const value = typeof copy[field] === 'string' ? text(field) : undefined;
    if (value) copy[field] = value;
  }
  if (Array.isArray(copy.options)) {
    copy.options = (copy.options as { value: string; label: string; hint?: string }[]).map((o) => ({
      ...o,
      label: text(`options.${o.value}.label`) ?? o.label,
      ...(o.hint && { hint: text(`options.${o.value}.hint`) ?? o.hint }),
    }));
  }
  if (Array.isArray(copy.expect)) copy.expect = (copy.expect as string[]).map((item, i) => text(`expect.${i}`) ?? item);
  return copy as T;
}

/** An English text with no counterpart in a translation directory, or one whose counterpart is the same words. */
export interface Untranslated { file: string; id: string; field: string; text: string; same?: boolean }

/** Every English text of the data that data/<dir>/ does not translate, and, for another language (when
 *  `sameInBoth` is given), every one translated to the same words unless they are names written the same in both. */
export function untranslated(english: readonly Loaded<object>[], overlay: Overlay, sameInBoth?: ReadonlySet<string>): Untranslated[] {
  const out: Untranslated[] = [];
  for (const { file, record } of english) {
    const id = recordKey(record);
    for (const { field, text } of textBlocks(record)) {
      const found = overlay.get(file)?.get(id)?.get(field);
      if (!found) out.push({ file, id, field, text });
      else if (sameInBoth && found.value === text && !sameInBoth.has(text)) out.push({ file, id, field, text, same: true });
    }
  }
  return out;
}

/** The missing entries as YAML to paste into data/<dir>/<file>, with the English beside each as a comment. */
export function translationStubs(dir: string, missing: readonly Untranslated[]): string {
  const byFile = new Map<string, Untranslated[]>();
  for (const m of missing) byFile.set(m.file, [...(byFile.get(m.file) ?? []), m]);
  return [...byFile].map(([file, entries]) => {
    const lines = [`# data/${dir}/${file}`];
    let record = '';
    for (const e of entries) {
      if (e.id !== record) lines.push(`${e.id}:`);
      record = e.id;
      lines.push(`  # ${e.text.replace(/\s+/g, ' ')}`, `  ${e.field}: { value: "", reviewed: false }`);
    }
    return lines.join('\n');
  }).join('\n\n');
}

// Every text a person reads has its Welsh and Easy Read counterparts, or is on the list still to be written
// (test/languages-pending.txt, which may only shrink). A failure names the file, the record and the field, and prints
// the YAML to add, so that whoever merges new English text knows exactly what to translate.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, loadGraph, loadTextRecords, sameInBothLanguages } from '../server/data/load.js';
import { readGlossary, readOverlay, translationStubs, untranslated, type Untranslated } from '../server/data/translations.js';
import { en } from '../widget/texts/en.js';
import { cy } from '../widget/texts/cy.js';
import { MAX_SENTENCE_WORDS, sentences } from './plain-english.js';

const ROOT = process.cwd();
const DATA = join(ROOT, 'data');
const problems: string[] = [];
const english = loadTextRecords(DATA, problems);
const same = sameInBothLanguages(DATA);

/** Easy Read covers what a person reads first: each question, and each step's title and words. */
const EASY_FIELDS = new Set(['questions.yaml text', 'questions.yaml hint', 'rule title', 'rule text']);
const easyField = (u: Untranslated) => EASY_FIELDS.has(`${u.file.startsWith('rules/') ? 'rule' : u.file} ${u.field}`);

const PENDING_FILE = 'test/languages-pending.txt';
const PENDING = new Set(readFileSync(join(ROOT, PENDING_FILE), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
const key = (dir: string, u: Untranslated) => `${dir} ${u.file} ${u.id} ${u.field}`;

function missing(dir: 'cy' | 'easy' | 'easy-cy'): Untranslated[] {
  const all = untranslated(english, readOverlay(DATA, dir, english, problems), dir === 'cy' ? same : undefined);
  return dir === 'cy' ? all : all.filter(easyField);
}

/** The message an integrator reads: which keys to add, where, as YAML with the English beside each. */
const toAdd = (dir: string, list: Untranslated[]) =>
  `${list.length} text(s) have no ${dir === 'cy' ? 'Welsh' : dir === 'easy' ? 'Easy Read' : 'Welsh Easy Read'} counterpart. Add these to data/${dir}/ `
  + `(or, until a translator can, add their lines to ${PENDING_FILE}):\n${list.map((u) => key(dir, u)).join('\n')}\n\n${translationStubs(dir, list)}`;

describe('languages', () => {
  it('reads the data and every translation file without a problem', () => {
    expect(problems).toEqual([]);
  });

  for (const dir of ['cy', 'easy', 'easy-cy'] as const) {
    it(`gives every text a counterpart in data/${dir}/, or lists it as still to write`, () => {
      const list = missing(dir);
      const fresh = list.filter((u) => !PENDING.has(key(dir, u)));
      expect(fresh, toAdd(dir, fresh)).toEqual([]);
      const done = [...PENDING].filter((line) => line.startsWith(`${dir} `) && !list.some((u) => key(dir, u) === line));
      expect(done, `translated: take these lines off ${PENDING_FILE}`).toEqual([]);
    });
  }

  it('never gives Welsh that is the same as the English, except names written the same in both', () => {
    const copies = missing('cy').filter((u) => u.same).map((u) => `data/cy/${u.file}: record "${u.id}": field "${u.field}" is the English "${u.text}"`);
    expect(copies).toEqual([]);
  });

  it('uses the official Welsh name of each body in the glossary', () => {
    const glossary = readGlossary(DATA, []);
    const overlay = readOverlay(DATA, 'cy', english, []);
    const wrong: string[] = [];
    for (const { file, record } of english) {
      const r = record as { id?: string; name?: string };
      const term = glossary.terms.find((t) => t.en === r.name);
      const welsh = overlay.get(file)?.get(r.id ?? '')?.get('name')?.value;
      if (term && welsh && welsh !== term.cy) wrong.push(`data/cy/${file}: record "${r.id}": field "name" should be "${term.cy}"`);
    }
    expect(glossary.terms.length).toBeGreaterThan(8);
    expect(wrong).toEqual([]);
  });

  it('gives every word of the widget in Welsh, different from the English', () => {
    const flat = (texts: object, prefix = ''): [string, string][] => Object.entries(texts).flatMap(([k, v]) =>
      typeof v === 'function' ? [[`${prefix}${k}`, String(v('X'))]] : typeof v === 'object' ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]]);
    const welsh = new Map(flat(cy));
    const english = flat(en);
    expect(english.length).toBeGreaterThan(90);
    const untranslatedKeys = english.filter(([k, v]) => !welsh.has(k) || (welsh.get(k) === v && !['Cymraeg', 'English'].includes(v)));
    expect(untranslatedKeys.map(([k]) => `widget/texts/cy.ts: ${k}`)).toEqual([]);
  });

  it('writes Easy Read in sentences of 15 words or fewer, naming the file, record and field of any that is not', () => {
    const long: string[] = [];
    for (const dir of ['easy', 'easy-cy'] as const) {
      for (const [file, records] of readOverlay(DATA, dir, english, [])) {
        for (const [id, fields] of records) {
          for (const [field, { value }] of fields) {
            const longest = Math.max(...sentences(value).map((s) => s.length));
            if (longest > 15) long.push(`data/${dir}/${file}: record "${id}": field "${field}" has a sentence of ${longest} words`);
          }
        }
      }
    }
    expect(long).toEqual([]);
    expect(MAX_SENTENCE_WORDS).toBeGreaterThan(15);
  });

  it('marks every Welsh and Easy Read text as not yet reviewed, until a reviewer says who and when', () => {
    const reviewed = (['cy', 'easy', 'easy-cy'] as const).flatMap((dir) => [...readOverlay(DATA, dir, english, []).values()]
      .flatMap((records) => [...records.values()].flatMap((fields) => [...fields.values()]))).filter((t) => t.reviewed);
    expect(reviewed.every((t) => t.by && t.on)).toBe(true);
  });
});

describe('translation files that do not fit the data', () => {
  const withFile = (path: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'languages-'));
    cpSync(DATA, dir, { recursive: true });
    writeFileSync(join(dir, path), text);
    try {
      loadGraph(dir);
      return [];
    } catch (error) {
      return error instanceof DataError ? error.problems : [String(error)];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('refuses a record that is not in the data file, naming the file and the record', () => {
    expect(withFile('cy/questions.yaml', 'no-such-question:\n  text: { value: "Beth?", reviewed: false }\n'))
      .toContain('cy/questions.yaml: record "no-such-question" is not in data/questions.yaml');
  });

  it('refuses a field that is not a text of the record, naming the file, record and field', () => {
    const found = withFile('cy/questions.yaml', 'nation:\n  options.atlantis.label: { value: "Atlantis", reviewed: false }\n');
    expect(found.join('\n')).toMatch(/cy\/questions\.yaml: record "nation": field "options\.atlantis\.label" is not a text of that record/);
  });

  it('refuses a translation file with no data file to mirror, and a reviewed text without its reviewer', () => {
    expect(withFile('cy/rules/atlantis.yaml', 'x:\n  title: { value: "Y", reviewed: false }\n').join('\n')).toMatch(/cy\/rules\/atlantis\.yaml: translates "rules\/atlantis\.yaml"/);
    expect(withFile('easy/questions.yaml', 'nation:\n  text: { value: "Which country?", reviewed: true }\n').join('\n'))
      .toMatch(/easy\/questions\.yaml: record "nation": field "text" .*who reviewed it/);
  });

  it('refuses a Welsh time limit that has lost its {date}', () => {
    expect(withFile('cy/deadlines.yaml', 'psow:\n  text: { value: "Erbyn y dyddiad.", reviewed: false }\n').join('\n'))
      .toMatch(/cy\/deadlines\.yaml: record "psow": field "text" must keep \{date\}/);
  });
});

// Reads data/ into a validated, in-memory graph. Any problem stops the load with a message that names
// the file, the record and the field, so a curator can fix it from the message alone.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHOICE_VALUES, NATIONAL_BODY_IDS, NATIONS, type Calendar, type QuestionId } from '../graph/contract.js';
import {
  BankHolidaysRecordSchema, BodyRecordSchema, DeadlineRecordSchema, NoticeRecordSchema, ProcessRecordSchema, QuestionRecordSchema, RuleRecordSchema,
  type BodyRecord, type Condition, type DeadlineRecord, type ProcessRecord, type QuestionRecord, type RuleRecord,
} from '../graph/schemas.js';
import { conditionsOf } from '../graph/match.js';
import { editionKey, type Graph } from '../graph/graph.js';
import { loadLocalDirectory } from './areas/local-directory.js';
import { loadProviders } from './providers.js';
import { DataError, readRecords, type Loaded } from './records.js';
import { classifySources, readSourcePolicy } from './source-kinds.js';
import { OVERLAYS, readGlossary, readOverlay, TRANSLATION_DIRS, translated, type Overlay } from './translations.js';

export { sameInBothLanguages } from './translations.js';

export { DataError };
export type { Graph };


const yamlFiles = (root: string, dir: string) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`);

/** The records whose texts people read, each with its file. */
function readGraphRecords(root: string, problems: string[]) {
  return {
    bodyFiles: yamlFiles(root, 'bodies').map((f) => readRecords(root, f, BodyRecordSchema, problems)),
    questions: readRecords(root, 'questions.yaml', QuestionRecordSchema, problems),
    rules: yamlFiles(root, 'rules').flatMap((f) => readRecords(root, f, RuleRecordSchema, problems)),
    deadlines: readRecords(root, 'deadlines.yaml', DeadlineRecordSchema, problems),
    processes: readRecords(root, 'processes.yaml', ProcessRecordSchema, problems),
    notices: readRecords(root, 'notices.yaml', NoticeRecordSchema, problems),
  };
}

/** Every record with text, in file order: what the translation files mirror (for the parity test and the
 *  script that lists what is left to translate). */
export function loadTextRecords(root: string, problems: string[]): Loaded<object>[] {
  const { bodyFiles, questions, rules, deadlines, processes, notices } = readGraphRecords(root, problems);
  return [...bodyFiles.flat(), ...questions, ...rules, ...deadlines, ...processes, ...notices];
}

export function loadGraph(root: string): Graph {
  const problems: string[] = [];
  const { bodyFiles, questions, rules, deadlines, processes, notices } = readGraphRecords(root, problems);
  const holidays = readRecords(root, 'bank-holidays.yaml', BankHolidaysRecordSchema, problems);
  const policy = readSourcePolicy(root, problems);

  // Cross-checks on records that failed to load would only repeat the same problem in other words.
  if (problems.length > 0) throw new DataError(problems);
  const bodies = uniqueById(bodyFiles.flat(), (r) => r.id, problems);
  const deadlineById = uniqueById(deadlines, (r) => r.id, problems);
  const processById = uniqueById(processes, (r) => r.id, problems);
  const bankHolidays = uniqueById(holidays, (r) => r.calendar, problems);
  for (const [id, d] of deadlineById) {
    if (d.calendar && !bankHolidays.has(d.calendar)) problems.push(`deadlines.yaml: record "${id}": field "calendar" names "${d.calendar}", which has no list in bank-holidays.yaml`);
  }
  uniqueById(rules, (r) => r.id, problems);
  const questionById = uniqueById(questions, (r) => r.id, problems) as Map<QuestionId, QuestionRecord>;

  for (const id of NATIONAL_BODY_IDS) if (!bodies.has(id)) problems.push(`bodies/: the national body "${id}" is missing`);
  checkQuestions(questions, bodies, problems);
  checkRules(rules, questions, bodies, deadlineById, processById, problems);

  const areas = loadLocalDirectory(root, problems);
  const providers = loadProviders(root, problems);
  if (problems.length > 0) throw new DataError(problems);

  // Providers keep their own Welsh names (welshName), so only the routing texts have translation overlays.
  const texts = [...bodyFiles.flat(), ...questions, ...rules, ...deadlines, ...processes, ...notices];
  const overlays = new Map(TRANSLATION_DIRS.map((dir) => [dir, readOverlay(root, dir, texts, problems)] as const));
  readGlossary(root, problems);
  if (problems.length > 0) throw new DataError(problems);
  const all = [...texts, ...holidays, ...providers.loaded];
  const files = summariseFiles(all);
  const newest = files.reduce((max, f) => (f.newestChecked > max ? f.newestChecked : max), '0000-00-00');
  const editions = new Map<string, Graph>();
  const graph: Graph = {
    language: 'en',
    reading: 'standard',
    editions,
    version: `${newest}.${hashFiles(root)}`,
    bodies,
    questions: questions.map((q) => q.record),
    questionById,
    rules: rules.map((r) => r.record),
    deadlines: deadlineById,
    bankHolidays: new Map([...bankHolidays].map(([calendar, r]) => [calendar as Calendar, new Set(r.dates)])),
    processes: processById,
    notices: notices.map((n) => n.record),
    areas,
    providers: providers.directory,
    files,
  };
  classifySources(graph, policy);
  editions.set(editionKey('en', 'standard'), graph);
  for (const { language, reading, dirs } of Object.values(OVERLAYS)) {
    editions.set(editionKey(language, reading), inOtherWords(graph, texts, dirs.map((d) => overlays.get(d)!), { language, reading }));
  }
  return graph;
}

/** The same graph with its texts from the overlays: every record that has a translation is a copy, the rest are
 *  shared. Ids, values, dates, contacts and sources are the English records' own. */
function inOtherWords(graph: Graph, all: Loaded<object>[], overlays: Overlay[], edition: Pick<Graph, 'language' | 'reading'>): Graph {
  const fileOf = new Map(all.map(({ file, record }) => [record, file]));
  const tr = <T extends object>(record: T): T => translated(fileOf.get(record) ?? '', record, overlays);
  const questions = graph.questions.map(tr);
  return {
    ...graph,
    ...edition,
    bodies: new Map([...graph.bodies].map(([id, b]) => [id, tr(b)])),
    questions,
    questionById: new Map(questions.map((q) => [q.id, q])),
    rules: graph.rules.map(tr),
    deadlines: new Map([...graph.deadlines].map(([id, d]) => [id, tr(d)])),
    processes: new Map([...graph.processes].map(([id, p]) => [id, tr(p)])),
    notices: graph.notices.map(tr),
  };
}

function uniqueById<T>(items: Loaded<T>[], key: (r: T) => string, problems: string[]): Map<string, T> {
  const map = new Map<string, T>();
  const where = new Map<string, string>();
  for (const { file, record } of items) {
    const id = key(record);
    if (map.has(id)) problems.push(`${file}: record "${id}": field "id" is used twice (also in ${where.get(id)})`);
    map.set(id, record);
    where.set(id, file);
  }
  return map;
}

const DERIVED_FACTS: Record<string, readonly string[]> = { 'area-known': ['known', 'ambiguous', 'unknown'], resident: NATIONS };

/** Checks a condition names real questions and real values, so a typo cannot silently never match. */
function checkCondition(where: string, cond: Condition, problems: string[]) {
  for (const [key, values] of Object.entries(cond)) {
    const question = key.replace(/^only-/, '');
    const allowed: readonly string[] | undefined = (CHOICE_VALUES as Record<string, readonly string[]>)[question] ?? DERIVED_FACTS[key];
    for (const v of values ?? []) {
      if (v === 'unknown') continue;
      if (!allowed) problems.push(`${where}: "${key}" can only be tested for "unknown"`);
      else if (!allowed.includes(v)) problems.push(`${where}: "${key}" has no value "${v}" (allowed: ${allowed.join(', ')}, unknown)`);
    }
  }
}

function checkQuestions(questions: Loaded<QuestionRecord>[], bodies: ReadonlyMap<string, BodyRecord>, problems: string[]) {
  for (const { file, record: q } of questions) {
    const where = `${file}: record "${q.id}"`;
    const contractValues = (CHOICE_VALUES as Record<string, readonly string[]>)[q.id];
    if (contractValues) {
      const values = q.options.map((o) => o.value);
      for (const v of contractValues) if (!values.includes(v)) problems.push(`${where}: field "options" lacks the contract value "${v}"`);
      for (const v of values) if (!contractValues.includes(v)) problems.push(`${where}: field "options" has "${v}", which is not in the API contract`);
    }
    if (q.askWhen) checkCondition(`${where}: field "askWhen"`, q.askWhen, problems);
    q.options.forEach((o, i) => {
      if (o.when) checkCondition(`${where}: field "options.${i}.when"`, o.when, problems);
      if (o.provider && !bodies.has(o.provider)) problems.push(`${where}: field "options.${i}.provider" names a body "${o.provider}" that does not exist`);
    });
    if (q.assume !== undefined && contractValues && !contractValues.includes(q.assume)) problems.push(`${where}: field "assume" has "${q.assume}", which is not an option`);
  }
}

/** Questions whose every value picks bodies or steps: a value no rule mentions is a route nobody wrote. */
const ROUTING_QUESTIONS = ['nation', 'service', 'funding', 'professional', 'stage'] as const;

function checkRules(
  rules: Loaded<RuleRecord>[], questions: Loaded<QuestionRecord>[], bodies: ReadonlyMap<string, BodyRecord>,
  deadlines: ReadonlyMap<string, DeadlineRecord>, processes: ReadonlyMap<string, ProcessRecord>, problems: string[],
) {
  const mentioned = new Map<string, Set<string>>();
  for (const { file, record: r } of rules) {
    const where = `${file}: record "${r.id}"`;
    for (const cond of conditionsOf(r.when)) {
      checkCondition(`${where}: field "when"`, cond, problems);
      for (const [key, values] of Object.entries(cond)) for (const v of values ?? []) mentioned.set(key, (mentioned.get(key) ?? new Set()).add(v));
    }
    for (const cond of r.unless ? conditionsOf(r.unless) : []) checkCondition(`${where}: field "unless"`, cond, problems);
    const refs = [...(r.body ? [r.body] : []), ...r.alternatives];
    refs.forEach((ref) => {
      if (!ref.startsWith('$') && !bodies.has(ref)) problems.push(`${where}: field "${ref === r.body ? 'body' : 'alternatives'}" names a body "${ref}" that does not exist`);
    });
    if (r.step === 'warning' && r.body) problems.push(`${where}: field "body": a warning names no body`);
    if (r.step !== 'warning' && !r.body) problems.push(`${where}: field "body" is required for a ${r.step} step`);
    if (r.deadline && !deadlines.has(r.deadline)) problems.push(`${where}: field "deadline" names "${r.deadline}", which is not in deadlines.yaml`);
    if (r.process && !processes.has(r.process)) problems.push(`${where}: field "process" names "${r.process}", which is not in processes.yaml`);
  }
  for (const { record: q } of questions) {
    if (!(ROUTING_QUESTIONS as readonly string[]).includes(q.id)) continue;
    for (const o of q.options) {
      if (!mentioned.get(q.id)?.has(o.value)) problems.push(`questions.yaml: record "${q.id}": option "${o.value}" is handled by no rule in rules/`);
    }
  }
}

function summariseFiles(all: Loaded<object>[]) {
  const byFile = new Map<string, { file: string; records: number; oldestChecked: string; newestChecked: string }>();
  for (const { file, record } of all) {
    if (!('checked' in record) || typeof record.checked !== 'string') continue;
    const f = byFile.get(file) ?? { file, records: 0, oldestChecked: record.checked, newestChecked: record.checked };
    f.records += 1;
    if (record.checked < f.oldestChecked) f.oldestChecked = record.checked;
    if (record.checked > f.newestChecked) f.newestChecked = record.checked;
    byFile.set(file, f);
  }
  return [...byFile.values()];
}

function hashFiles(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 8);
}

// Applies the source policy at load: reads the reviewed host list (data/source-kinds.yaml) and writes each
// source's kind into the records, so the engine and the reports only read it.
import type { Graph } from '../graph/graph.js';
import type { Contact, Source } from '../graph/schemas.js';
import { SourceKindRecordSchema } from '../graph/schemas.js';
import { sourcePolicy, type SourcePolicy } from '../graph/sources.js';
import { readRecords } from './records.js';

export const SOURCE_KINDS_FILE = 'source-kinds.yaml';

export function readSourcePolicy(root: string, problems: string[]): SourcePolicy {
  const entries = readRecords(root, SOURCE_KINDS_FILE, SourceKindRecordSchema, problems);
  const seen = new Set<string>();
  for (const { index, record } of entries) {
    const key = `${record.host}${record.exact ? ' (exact)' : ''}`;
    if (seen.has(key)) problems.push(`${SOURCE_KINDS_FILE}: record #${index + 1}: field "host": ${key} is listed twice`);
    seen.add(key);
  }
  return sourcePolicy(entries.map((e) => e.record));
}

type Sourced = { sources: Source[] };
const sitesOf = (c: Contact | undefined) => [c?.website, c?.complaintPage];

/** Sets the kind of every source in the graph. A source on the site of the body a record is about is official. */
export function classifySources(graph: Graph, policy: SourcePolicy): void {
  const classify = (record: Sourced, own: readonly (string | undefined)[] = []) => {
    record.sources = record.sources.map((s) => ({ ...s, kind: policy.kindOf(s, own) }));
  };
  for (const b of graph.bodies.values()) classify(b, sitesOf(b));
  for (const r of graph.rules) {
    const named = [r.body, ...r.alternatives].flatMap((id) => (id ? sitesOf(graph.bodies.get(id)) : []));
    classify(r, named);
  }
  for (const d of graph.deadlines.values()) classify(d);
  for (const p of graph.processes.values()) classify(p);
  for (const n of graph.notices) classify(n);
  for (const c of graph.areas.councils.values()) classify(c, [...sitesOf(c), ...sitesOf(c.safeguarding)]);
  const { icbRecords, healthwatch, advocacy, devolvedCouncils, healthBoards, hscTrusts, localHelp, successions } = graph.areas;
  for (const r of [...icbRecords, ...healthwatch, ...advocacy, ...devolvedCouncils.values(), ...healthBoards, ...hscTrusts, ...localHelp, ...successions]) classify(r, sitesOf(r));
}

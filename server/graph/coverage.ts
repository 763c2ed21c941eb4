// Counts and the local coverage report printed by `npm run data:check`: how many councils have a named,
// sourced, contactable body for each local role, and which do not.
import type { Body } from './api-schemas.js';
import { hasContact } from './directory.js';
import { LOCAL_ROLES, SOURCE_KINDS, type LocalRole as Role } from './contract.js';
import type { Graph } from './graph.js';

/** The oldest checked date of any record, the local directory's included: the first thing a curator re-checks. */
export function oldestChecked(graph: Graph): string {
  const dates = [
    ...graph.files.map((f) => f.oldestChecked),
    ...[...graph.areas.councils.values(), ...graph.areas.icbRecords, ...graph.areas.healthwatch, ...graph.areas.advocacy].map((r) => r.checked),
  ];
  return dates.reduce((min, d) => (d < min ? d : min), '9999-12-31');
}

export function dataSummary(graph: Graph): string {
  const sources = new Map<string, string>();
  const add = (list: readonly { url: string; kind?: string | undefined }[]) => list.forEach((s) => sources.set(s.url, s.kind ?? 'secondary'));
  for (const b of graph.bodies.values()) add(b.sources);
  for (const r of graph.rules) add(r.sources);
  for (const d of graph.deadlines.values()) add(d.sources);
  for (const p of graph.processes.values()) add(p.sources);
  for (const c of graph.areas.councils.values()) add(c.sources);
  for (const r of [...graph.areas.icbRecords, ...graph.areas.healthwatch, ...graph.areas.advocacy]) add(r.sources);
  const oldest = oldestChecked(graph);
  return [
    `Data version ${graph.version}: valid.`,
    `  questions ${graph.questions.length}, rules ${graph.rules.length}, national and placeholder bodies ${graph.bodies.size}`,
    `  councils ${graph.areas.councils.size}, ICB records ${graph.areas.icbRecords.length}, local Healthwatch ${graph.areas.healthwatch.length}, advocacy services ${graph.areas.advocacy.length}`,
    `  distinct sources ${sources.size} (${SOURCE_KINDS.map((k) => `${k} ${[...sources.values()].filter((v) => v === k).length}`).join(', ')}), oldest checked date ${oldest}`,
  ].join('\n');
}



/** For each local role: councils with a named body; of those, how many can be contacted and how many
 *  are verified; and the councils whose body cannot be contacted (the plan then shows the national route). */
export function coverageByRole(graph: Graph, today: string) {
  const result = new Map<Role, { named: number; contactable: number; verified: number; gaps: string[] }>(
    LOCAL_ROLES.map((r) => [r, { named: 0, contactable: 0, verified: 0, gaps: [] }]),
  );
  for (const [code, council] of graph.areas.councils) {
    const local = graph.areas.bodiesFor(code, today);
    const bodies: Record<Role, Body | undefined> = {
      council: local.council,
      safeguarding: local.safeguarding,
      // The council's own contact is the fallback, not a named children's services front door.
      children: council.children && hasContact(council.children) ? local.children : undefined,
      icb: local.icbs[0],
      healthwatch: local.healthwatch,
      // "Ask the council" is the fallback, not a named advocacy service.
      advocacy: local.advocacy?.id.startsWith('advocacy-ask-') ? undefined : local.advocacy,
    };
    for (const role of LOCAL_ROLES) {
      const b = bodies[role];
      const row = result.get(role)!;
      // Every record cites a source (the schema requires one); only primary ones are public, and "verified" needs one.
      if (b) row.named += 1;
      if (b && hasContact(b)) {
        row.contactable += 1;
        if (b.verified) row.verified += 1;
      } else {
        row.gaps.push(council.name);
      }
    }
  }
  return result;
}

export function coverageReport(graph: Graph, today: string): string {
  const total = graph.areas.councils.size;
  const lines = [
    `Local coverage on ${today}, of ${total} councils with social services:`,
    '  role          named               with a contact   verified',
  ];
  for (const [role, { named, contactable: reachable, verified, gaps }] of coverageByRole(graph, today)) {
    lines.push(`  ${role.padEnd(13)} ${`${named} / ${total}`.padStart(17)}   ${`${reachable} / ${total}`.padStart(14)}   ${String(verified).padStart(8)}`);
    if (gaps.length > 0) lines.push(`    no contact yet, national route shown (${gaps.length}): ${gaps.join(', ')}`);
  }
  return lines.join('\n');
}

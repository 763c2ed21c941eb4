// What /api/v1/meta reports: the data version, how fresh each file is, and changes already scheduled in the data.
import type { Meta } from './api-schemas.js';
import type { Graph } from './graph.js';
import { coverageByRole, oldestChecked } from './coverage.js';
import { publicSources } from './sources.js';

interface Dated { validFrom?: string | undefined; validTo?: string | undefined }

export function buildMeta(graph: Graph, today: string): Meta {
  const scheduled: Meta['scheduled'] = [];
  const consider = (kind: string, id: string, name: string, r: Dated) => {
    // Only changes still to come: a start or an end after today.
    if ((r.validFrom && r.validFrom > today) || (r.validTo && r.validTo > today)) {
      scheduled.push({ kind, id, name, ...(r.validFrom && { validFrom: r.validFrom }), ...(r.validTo && { validTo: r.validTo }) });
    }
  };
  for (const b of graph.bodies.values()) consider('body', b.id, b.name, b);
  for (const r of graph.rules) consider('rule', r.id, r.title, r);
  for (const i of graph.areas.icbRecords) consider('icb', i.code, i.name, i);
  for (const h of graph.areas.healthwatch) consider('local-healthwatch', h.id, h.name, h);
  for (const a of graph.areas.advocacy) consider('nhs-complaints-advocacy', a.id, a.name, a);
  for (const c of graph.areas.successions) consider('council', c.id, c.name, c);
  scheduled.sort((a, b) => (a.validFrom ?? a.validTo ?? '').localeCompare(b.validFrom ?? b.validTo ?? ''));
  return {
    dataVersion: graph.version,
    today,
    counts: {
      questions: graph.questions.length,
      rules: graph.rules.length,
      bodies: graph.bodies.size,
      councils: graph.areas.councils.size,
      icbs: graph.areas.icbRecords.length,
      localHealthwatch: graph.areas.healthwatch.length,
      advocacyServices: graph.areas.advocacy.length,
    },
    oldestChecked: oldestChecked(graph),
    localCoverage: {
      councils: graph.areas.councils.size,
      roles: [...coverageByRole(graph, today)].map(([role, { named, contactable, verified }]) => ({ role, named, contactable, verified })),
    },
    files: [...graph.files],
    scheduled,
    notices: graph.notices.map(({ code, text, sources }) => ({ code, text, sources: publicSources(sources) })),
  };
}

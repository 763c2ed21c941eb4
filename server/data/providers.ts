// Loads the providers directory (data/providers/, one file per nation): each record checked against its schema,
// ids unique across the files, each file holding only its own nation's organisations.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NATIONS } from '../graph/contract.js';
import { buildProviderDirectory, type ProviderDirectory } from '../graph/providers.js';
import { ProviderRecordSchema, type ProviderRecord } from '../graph/schemas.js';
import { readRecords, type Loaded } from './records.js';

export const PROVIDERS_DIR = 'providers';

export function loadProviders(root: string, problems: string[]): { directory: ProviderDirectory; loaded: Loaded<ProviderRecord>[] } {
  const files = readdirSync(join(root, PROVIDERS_DIR)).filter((f) => f.endsWith('.yaml')).sort();
  const loaded: Loaded<ProviderRecord>[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = `${PROVIDERS_DIR}/${name}`;
    const nation = name.replace(/\.yaml$/, '');
    if (!(NATIONS as readonly string[]).includes(nation)) {
      problems.push(`${file}: the file must be named for a nation (${NATIONS.join(', ')})`);
      continue;
    }
    for (const item of readRecords(root, file, ProviderRecordSchema, problems)) {
      const { record } = item;
      const where = `${file}: record "${record.id}"`;
      if (record.nation !== nation) problems.push(`${where}: field "nation" is "${record.nation}", but the file is for ${nation}`);
      if (seen.has(record.id)) problems.push(`${where}: field "id" is used twice (also in ${seen.get(record.id)})`);
      const sites = new Set<string>();
      record.sites.forEach((s, i) => {
        if (sites.has(s.id)) problems.push(`${where}: field "sites.${i}.id" "${s.id}" is used twice`);
        sites.add(s.id);
      });
      seen.set(record.id, file);
      loaded.push(item);
    }
  }
  return { directory: buildProviderDirectory(loaded.map((l) => l.record)), loaded };
}

// Reading curated YAML records: each record is checked against its schema, and every problem names the file,
// the record and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { z } from 'zod';

export class DataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The data in data/ is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataError';
  }
}

export interface Loaded<T> { file: string; index: number; record: T }

/** YAML's core schema: dates such as 2026-11-26 stay text, as the schemas expect. */
export const parseYaml = (text: string): unknown => loadYaml(text, { schema: CORE_SCHEMA });

/** Parses a YAML list file, checking each record against the schema. */
export function readRecords<S extends z.ZodType>(root: string, file: string, schema: S, problems: string[]): Loaded<z.infer<S>>[] {
  const path = join(root, file);
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push(`${file}: cannot be read as YAML: ${(err as Error).message.split('\n')[0]}`);
    return [];
  }
  if (!Array.isArray(parsed)) {
    problems.push(`${file}: must be a list of records (each starting with "- ")`);
    return [];
  }
  const out: Loaded<z.infer<S>>[] = [];
  parsed.forEach((raw, index) => {
    const label = recordLabel(raw, index);
    const result = schema.safeParse(raw);
    if (result.success) out.push({ file, index, record: result.data });
    else for (const issue of result.error.issues) problems.push(`${file}: ${label}: field "${issue.path.join('.') || '(record)'}" ${issue.message}`);
  });
  return out;
}

function recordLabel(raw: unknown, index: number): string {
  const r = raw as Record<string, unknown> | null;
  const key = r && typeof r === 'object' ? (r.id ?? r.code) : undefined;
  return typeof key === 'string' ? `record "${key}"` : `record #${index + 1}`;
}


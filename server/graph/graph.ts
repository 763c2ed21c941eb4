// The routing graph in memory: what the loader builds from data/ and the engine reads. Types only, so the
// engine never depends on how the files are read.
import type { QuestionId } from './contract.js';
import type { LocalDirectory } from './directory.js';
import type { ProviderDirectory } from './providers.js';
import type { BodyRecord, DeadlineRecord, NoticeRecord, ProcessRecord, QuestionRecord, RuleRecord } from './schemas.js';

export interface Graph {
  /** Changes whenever any data file changes: the latest checked date and a content hash. */
  version: string;
  bodies: ReadonlyMap<string, BodyRecord>;
  questions: readonly QuestionRecord[];
  questionById: ReadonlyMap<QuestionId, QuestionRecord>;
  rules: readonly RuleRecord[];
  deadlines: ReadonlyMap<string, DeadlineRecord>;
  processes: ReadonlyMap<string, ProcessRecord>;
  notices: readonly NoticeRecord[];
  areas: LocalDirectory;
  /** NHS organisations and their sites, by the names people use (data/providers/). */
  providers: ProviderDirectory;
  files: readonly { file: string; records: number; oldestChecked: string; newestChecked: string }[];
}

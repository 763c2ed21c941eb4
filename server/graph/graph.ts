// The routing graph in memory: what the loader builds from data/ and the engine reads. Types only, so the
// engine never depends on how the files are read.
import type { Calendar, QuestionId } from './contract.js';
import type { LocalDirectory } from './directory.js';
import type { BodyRecord, DeadlineRecord, NoticeRecord, ProcessRecord, QuestionRecord, RuleRecord } from './schemas.js';

export interface Graph {
  /** Changes whenever any data file changes: the latest checked date and a content hash. */
  version: string;
  bodies: ReadonlyMap<string, BodyRecord>;
  questions: readonly QuestionRecord[];
  questionById: ReadonlyMap<QuestionId, QuestionRecord>;
  rules: readonly RuleRecord[];
  deadlines: ReadonlyMap<string, DeadlineRecord>;
  /** Bank holidays of each jurisdiction, for deadlines counted in working days. */
  bankHolidays: ReadonlyMap<Calendar, ReadonlySet<string>>;
  processes: ReadonlyMap<string, ProcessRecord>;
  notices: readonly NoticeRecord[];
  areas: LocalDirectory;
  files: readonly { file: string; records: number; oldestChecked: string; newestChecked: string }[];
}

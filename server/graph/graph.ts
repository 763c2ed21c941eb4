// The routing graph in memory: what the loader builds from data/ and the engine reads. Types only, so the
// engine never depends on how the files are read.
import type { Calendar, Language, QuestionId, Reading } from './contract.js';
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
  /** Bank holidays of each jurisdiction, for deadlines counted in working days. */
  bankHolidays: ReadonlyMap<Calendar, ReadonlySet<string>>;
  processes: ReadonlyMap<string, ProcessRecord>;
  notices: readonly NoticeRecord[];
  areas: LocalDirectory;
  /** NHS organisations and their sites, by the names people use (data/providers/). */
  providers: ProviderDirectory;
  files: readonly { file: string; records: number; oldestChecked: string; newestChecked: string }[];
  /** The language and reading of this edition's texts. Ids, values and dates are the same in every edition. */
  language: Language;
  reading: Reading;
  /** Every edition of the same data, the English standard one included, by `editionKey`. */
  editions: ReadonlyMap<string, Graph>;
}

export const editionKey = (language: Language, reading: Reading) => (reading === 'easy' ? `${language}-easy` : language);

/** The graph whose texts are in this language and reading (the same data: only the words differ). */
export const edition = (graph: Graph, language: Language, reading: Reading = 'standard'): Graph =>
  graph.editions.get(editionKey(language, reading)) ?? graph;

// The local directory: from a postcode to the council area, and from a council to its local bodies.
import type { Body } from './api-schemas.js';
import type { Nation, TRUST_AREAS } from './contract.js';
import type {
  AreaServiceRecord, Contact, CouncilRecord, CouncilSuccessionRecord, DevolvedCouncilRecord, HealthBoardRecord, HscTrustRecord, IcbRecord, LocalHelpRecord,
} from './schemas.js';

export type TrustArea = (typeof TRUST_AREAS)[number];

export interface Council {
  code: string;
  name: string;
}
export interface Candidate extends Council {
  /** Fraction of the outcode's postcodes in its nation (a count of postcodes, not of people). */
  share: number;
}
export interface NationShare {
  nation: Nation;
  share: number;
}
/** Which table decided the answer: the postcode itself (exceptions), its sector's majority, or its outcode.
 *  'postcode' and 'sector' are both exact for every postcode Code-Point lists; 'sector' is a best guess only for
 *  postcodes newer than the data. 'outcode' means the council is one of `candidates`. */
export type Precision = 'postcode' | 'sector' | 'outcode';

export interface AreaFound {
  kind: 'found';
  query: string;
  precision: Precision;
  nation: Nation;
  /** The council with social services (England, Wales, Scotland); null in Northern Ireland, whose postcodes are
   *  not open data. */
  area: Council | null;
  /** Councils the answer may be, in the answer's nation, largest share first. */
  candidates: Candidate[];
  /** Only for an outward code that straddles a national border: the other nations' shares of its postcodes. */
  otherNations?: NationShare[];
  /** The former district (E07) of a full postcode, where a council succession splits its council by district. */
  district?: string;
}
export type AreaLookup = { kind: 'invalid' } | { kind: 'not-found'; query: string } | AreaFound;


/** What a postcode resolves to: the postcode lookup's own answer. */
export type PostcodeResult = AreaLookup;

/** The local bodies for one council on one date. Missing ones fall back to the generic national route. */
export interface LocalBodies {
  council?: Body;
  safeguarding?: Body;
  /** The council's children's services: where a concern about a child goes, never the adult team. */
  children?: Body;
  /** Largest share of the council's area first; more than one where the council is split between boards. */
  icbs: Body[];
  /** Said in the plan where the ICB depends on more than the council (a split council). */
  icbNote?: string;
  healthwatch?: Body;
  advocacy?: Body;
  /** Wales and Scotland: the local health board (Wales) or NHS board (Scotland); Northern Ireland: the trust. */
  healthBoard?: Body;
  /** Wales and Scotland: local independent help (a Llais region, a local Patient Advice and Support Service). */
  localHelp?: Body;
}

export interface AreaDirectory {
  lookup(postcode: string): PostcodeResult;
  councilName(code: string): string | undefined;
  /** `district`: the postcode's former district, which picks the successor where a council is split (Surrey). */
  bodiesFor(councilCode: string, today: string, district?: string): LocalBodies;
  /** Northern Ireland: the trust for a trust area, which takes complaints about health and social care alike. */
  trustBodies(trust: TrustArea, today: string): LocalBodies;
}

/** The directory as the loader builds it: lookups, plus the curated records behind them for reports. */
export interface LocalDirectory extends AreaDirectory {
  councils: ReadonlyMap<string, CouncilRecord>;
  icbRecords: readonly IcbRecord[];
  healthwatch: readonly AreaServiceRecord[];
  advocacy: readonly AreaServiceRecord[];
  devolvedCouncils: ReadonlyMap<string, DevolvedCouncilRecord>;
  healthBoards: readonly HealthBoardRecord[];
  hscTrusts: readonly HscTrustRecord[];
  localHelp: readonly LocalHelpRecord[];
  successions: readonly CouncilSuccessionRecord[];
}

/** A body a person can actually reach: a phone, an email, a website or a complaints page. */
export const hasContact = (b: Contact) => Boolean(b.phone || b.email || b.website || b.complaintPage);

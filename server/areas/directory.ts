// The local directory: from a postcode to the council area, and from a council to its local bodies.
import type { Body } from '../graph/api-schemas.js';
import type { AreaLookup } from './postcodes.js';

/** What a postcode resolves to: the postcode lookup's own answer. */
export type PostcodeResult = AreaLookup;

/** The local bodies for one council on one date. Missing ones fall back to the generic national route. */
export interface LocalBodies {
  council?: Body;
  safeguarding?: Body;
  /** Largest share of the council's area first; more than one where the council is split between boards. */
  icbs: Body[];
  /** Said in the plan where the ICB depends on more than the council (a split council). */
  icbNote?: string;
  healthwatch?: Body;
  advocacy?: Body;
}

export interface AreaDirectory {
  lookup(postcode: string): PostcodeResult;
  councilName(code: string): string | undefined;
  bodiesFor(councilCode: string, today: string): LocalBodies;
}

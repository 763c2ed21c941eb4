// "Which hospital or NHS service?": its words, and the names of the places chosen.

/** Every string this field shows, together for the translator. */
export const PROVIDER_TEXT = {
  label: 'Name of the hospital or service',
  dontKnow: "I don't know",
  typeMore: 'Type at least 2 letters.',
  searching: 'Searching…',
  none: 'No matches. Check the spelling, or choose "I don\'t know".',
  results: (n: number) => (n === 1 ? '1 match. Use the up and down arrow keys to choose it.' : `${n} matches. Use the up and down arrow keys to choose one.`),
  chosen: (name: string) => `Chosen: ${name}.`,
  runBy: (organisation: string) => `Run by ${organisation}`,
  knownAs: (name: string) => `Also called ${name}`,
  failed: 'We could not search just now. Try again, or choose "I don\'t know".',
  listName: 'Hospitals and services that match',
  pickOne: 'Choose a hospital or service from the list, or choose "I don\'t know"',
} as const;

/** Names of the places chosen in this page's life, so going back and the answers list show a name, not an id.
 *  Memory only. */
const chosenNames = new Map<string, string>();
export const providerName = (id: string) => chosenNames.get(id);
export const rememberProviderName = (id: string, name: string) => {
  chosenNames.set(id, name);
};


// "Which hospital or NHS service?": the names of the places chosen (its words are in texts/).


/** Names of the places chosen in this page's life, so going back and the answers list show a name, not an id.
 *  Memory only. */
const chosenNames = new Map<string, string>();
export const providerName = (id: string) => chosenNames.get(id);
export const rememberProviderName = (id: string, name: string) => {
  chosenNames.set(id, name);
};


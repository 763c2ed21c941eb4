// Each screen of the journey is an entry in the browser's history, so Back and Forward (and the back gesture)
// move between questions instead of leaving the page. The screens are also kept in the tab's sessionStorage, so a
// reload comes back to the same screen; the browser clears it when the tab closes. Nothing goes to localStorage
// or cookies. A host page can turn either off (the `history` and `remember` attributes).

/** Where in history.state the widget keeps its place, beside whatever the host page keeps there. */
const STATE_KEY = 'complaints-signpost';

export interface ScreenHistoryOptions<T> {
  /** Names this journey in sessionStorage: one key per set of site answers, so two set-ups do not mix. */
  key: string;
  /** false: screens are not added to the browser's history (Back still works inside the widget). */
  history: boolean;
  /** false: nothing is kept in sessionStorage, and a reload starts again. */
  remember: boolean;
  /** A screen to show again, after the browser's Back or Forward. */
  onRestore: (screen: T) => void;
}

export interface ScreenHistory<T> {
  /** The screen saved for this tab and history entry, after a reload. */
  saved(): T | undefined;
  /** A new screen: later screens (Forward) are dropped, as the browser does. */
  push(screen: T): void;
  /** The screen on show changed without becoming a new step (the first screen, an updated plan). */
  replace(screen: T): void;
  /** Whether there is a screen to go back to. */
  canGoBack(): boolean;
  back(): void;
  /** Forgets every screen: starting again. */
  clear(): void;
  /** Stops listening to the browser. */
  stop(): void;
}

interface Saved<T> {
  screens: T[];
  at: number;
}

const storage = (): Storage | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked (a sandboxed frame, a privacy setting): the journey then lives in memory only.
    return undefined;
  }
};

const placeIn = (state: unknown): number | undefined => {
  const at = (state as Record<string, unknown> | null)?.[STATE_KEY];
  return typeof at === 'number' ? at : undefined;
};

export function screenHistory<T>({ key, history, remember, onRestore }: ScreenHistoryOptions<T>): ScreenHistory<T> {
  const storageKey = `${STATE_KEY}:${key}`;
  let screens: T[] = [];
  let at = -1;

  const read = (): Saved<T> | undefined => {
    if (!remember) return undefined;
    try {
      const saved = JSON.parse(storage()?.getItem(storageKey) ?? 'null') as Saved<T> | null;
      return saved && Array.isArray(saved.screens) ? saved : undefined;
    } catch {
      return undefined;
    }
  };
  const save = () => {
    if (!remember) return;
    try {
      storage()?.setItem(storageKey, JSON.stringify({ screens, at }));
    } catch {
      // Full or blocked storage: a reload will start again, nothing else is lost.
    }
  };
  const mark = (method: 'pushState' | 'replaceState') => {
    if (!history) return;
    const state = { ...(window.history.state as object | null), [STATE_KEY]: at };
    window.history[method](state, '');
  };

  const popped = (event: PopStateEvent) => {
    const place = placeIn(event.state);
    if (place === undefined || !screens[place]) return;
    at = place;
    save();
    onRestore(screens[place]!);
  };
  if (history) window.addEventListener('popstate', popped);

  return {
    saved() {
      const saved = read();
      // The history entry says which screen; without history, the last one on show.
      const place = history ? placeIn(window.history.state) : saved?.at;
      if (!saved || place === undefined || !saved.screens[place]) return undefined;
      screens = saved.screens;
      at = place;
      return screens[place];
    },
    push(screen) {
      screens = [...screens.slice(0, at + 1), screen];
      at = screens.length - 1;
      save();
      mark(at === 0 ? 'replaceState' : 'pushState');
    },
    replace(screen) {
      if (at < 0) return this.push(screen);
      screens = [...screens.slice(0, at), screen, ...screens.slice(at + 1)];
      save();
    },
    canGoBack: () => at > 0,
    back() {
      if (at <= 0) return;
      if (history) return window.history.back();
      at -= 1;
      save();
      onRestore(screens[at]!);
    },
    clear() {
      screens = [];
      at = -1;
      if (remember) storage()?.removeItem(storageKey);
    },
    stop() {
      window.removeEventListener('popstate', popped);
    },
  };
}

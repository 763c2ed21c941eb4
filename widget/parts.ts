// Parts of the widget that most people never use (the call handler screen, the letter writer) are separate
// scripts, loaded from the widget's own origin only when needed, so the script every host page downloads stays
// small. This is the meeting point: the widget publishes the shared runtime, a part registers what it exports.
import type { ComponentType } from 'preact';
import type { Runtime } from './runtime.js';

export type PartName = 'handler' | 'letter' | 'cy' | 'easy';

/** What each part exports: one component, rendered by the widget with its own props, or (the Welsh part) the
 *  catalogue of the widget's words. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PartExports = { default: ComponentType<any> | any };

export interface PartInfo {
  file: string;
  /** The file's version: the same short hash the service uses in its pinned URLs. */
  hash: string;
  /** Subresource integrity, so the browser runs nothing but this build's part. */
  integrity: string;
}

interface Registry {
  /** Set by the widget script itself (element.tsx); a part only reads it. */
  runtime?: Runtime;
  /** The service that served the widget script, for links back to it (the follow-up form). Set by element.tsx. */
  service?: string;
  parts: Partial<Record<PartName, PartExports>>;
  /** The context holding the widget's words (widget/texts/context.ts), shared with the parts. */
  textsContext?: object;
}

// A symbol on the global object, not a named global: the host page's own names are left alone.
const KEY = Symbol.for('complaints-signpost');
type WithRegistry = typeof globalThis & { [KEY]?: Registry };

/** The registry, created by the first copy of the widget on the page (the one whose element is defined). */
export function registry(): Registry {
  const global = globalThis as WithRegistry;
  return (global[KEY] ??= { parts: {} });
}

/** Called by a part's script when it runs. */
export function registerPart(name: PartName, exports: PartExports) {
  registry().parts[name] = exports;
}

export type LoadPart = (name: PartName) => Promise<PartExports>;

/** The directory the parts live in: beside the widget script, or one level up from a pinned /<version>/ copy. */
export function partsBase(scriptSrc: string): string {
  const url = new URL('.', scriptSrc);
  return /\/[\w-]{16}\/$/.test(url.pathname) ? new URL('..', url).href : url.href;
}

/** Loads parts by injecting a <script> from the widget's own origin, which a host's CSP already allows. */
export function scriptLoader(base: string, manifest: Partial<Record<PartName, PartInfo>>): LoadPart {
  const loading = new Map<PartName, Promise<PartExports>>();
  return (name) => {
    const ready = registry().parts[name];
    if (ready) return Promise.resolve(ready);
    let promise = loading.get(name);
    if (!promise) {
      promise = new Promise<PartExports>((resolve, reject) => {
        const info = manifest[name];
        if (!info) return reject(new Error(`complaints-signpost: no part called ${name} in this build`));
        const script = document.createElement('script');
        script.src = new URL(`${info.hash}/${info.file}`, base).href;
        script.async = true;
        script.crossOrigin = 'anonymous';
        script.integrity = info.integrity;
        script.onload = () => {
          const part = registry().parts[name];
          if (part) resolve(part);
          else reject(new Error(`complaints-signpost: ${info.file} did not register`));
        };
        script.onerror = () => reject(new Error(`complaints-signpost: ${info.file} could not be loaded`));
        document.head.append(script);
      });
      // A failed load can be tried again.
      promise.catch(() => loading.delete(name));
      loading.set(name, promise);
    }
    return promise;
  };
}

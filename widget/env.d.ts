// Vite's import types (`?inline` CSS) for the widget sources.
/// <reference types="vite/client" />

/** The lazily loaded parts of this build (vite.config.ts); not defined in tests, where parts are imported directly. */
declare const __CS_PARTS__: Partial<Record<import('./parts.js').PartName, import('./parts.js').PartInfo>> | undefined;

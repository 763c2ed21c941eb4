// The one copy of Preact that the widget and its lazily loaded parts share. The parts are separate scripts
// (see vite.config.ts): they do not bundle Preact, they read it from here, so hooks and components from both
// sides work together in one tree. vite.config.ts reads the names below to build the parts' view of it.
import { createContext, Fragment } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsx, jsxs } from 'preact/jsx-runtime';

export const runtime = {
  preact: { createContext, Fragment },
  'preact/hooks': { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState },
  'preact/jsx-runtime': { Fragment, jsx, jsxs },
};

export type Runtime = typeof runtime;

// Vite's import types (`?inline` CSS) for the widget sources.
/// <reference types="vite/client" />

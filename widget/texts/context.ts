// The words the widget says, for the language on show. One context object for the widget and every part it
// loads later: a part bundles its own copy of this module, so the object lives in the shared registry.
import { createContext, type Context } from 'preact';
import { useContext } from 'preact/hooks';
import { registry } from '../parts.js';
import { en, type Texts } from './en.js';

export const TextsContext = (registry().textsContext ??= createContext(en)) as Context<Texts>;

export const useTexts = (): Texts => useContext(TextsContext);

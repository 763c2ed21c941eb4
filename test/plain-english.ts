// Plain English, measured: the Flesch reading ease of a block of text (the `flesch` formula over syllables counted
// by `syllable`) and its longest sentence. Public text must score 70 or more with no sentence over 25 words.
import { flesch } from 'flesch';
import { syllable } from 'syllable';

export const MIN_EASE = 70;
export const MAX_SENTENCE_WORDS = 25;
/** Below this many words the Flesch formula says little (one long word, "Abuse or neglect", scores 63), so a
 *  short label is held to the sentence length only. */
export const MIN_WORDS_FOR_EASE = 10;

const WORD = /[\p{L}\p{N}]/u;

/** Sentences end at . ! ? or a line break; "e.g." and "i.e." are not used in public text, so need no care. */
export function sentences(text: string): string[][] {
  return text
    .replace(/\{date\}/g, '1 March 2027')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.split(/\s+/).filter((w) => WORD.test(w)))
    .filter((words) => words.length > 0);
}

export interface Reading {
  ease: number;
  words: number;
  longest: number;
}

export function reading(text: string): Reading {
  const all = sentences(text);
  const words = all.flat();
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w.replace(/[^\p{L}'-]/gu, '')) || 1), 0);
  return {
    ease: Math.round(flesch({ sentence: all.length, word: words.length, syllable: syllables }) * 10) / 10,
    words: words.length,
    longest: Math.max(0, ...all.map((s) => s.length)),
  };
}

/** What is wrong with a block, or undefined when it reads plainly. */
export function plainEnglishProblem(text: string): string | undefined {
  const r = reading(text);
  const problems = [
    r.words >= MIN_WORDS_FOR_EASE && r.ease < MIN_EASE ? `reading ease ${r.ease} (needs ${MIN_EASE})` : '',
    r.longest > MAX_SENTENCE_WORDS ? `a sentence of ${r.longest} words (at most ${MAX_SENTENCE_WORDS})` : '',
  ].filter(Boolean);
  return problems.length ? problems.join(', ') : undefined;
}

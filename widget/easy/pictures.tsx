// Easy Read pictures: one simple drawing per kind of step, drawn for this service, with its text alternative from
// the catalogue (texts.pictures). Plain shapes in the text colour, so they follow the host's theme and print well.
import type { StepKind } from '../api.js';

const person = (x: number) => (
  <>
    <circle cx={x} cy="22" r="9" />
    <path d={`M${x - 13} 62v-16a13 13 0 0 1 26 0v16z`} />
  </>
);

const DRAWINGS: Record<StepKind, () => preact.JSX.Element> = {
  // A person inside a shield.
  urgent: () => (
    <>
      <path d="M40 4l30 10v22c0 18-13 32-30 40C23 68 10 54 10 36V14z" fill="none" stroke-width="5" />
      {person(40)}
    </>
  ),
  // Two people facing each other, with a speech bubble.
  resolve: () => (
    <>
      {person(18)}
      {person(62)}
      <path d="M28 4h24v12H44l-4 5-4-5h-8z" />
    </>
  ),
  // A person and a letter.
  complain: () => (
    <>
      {person(20)}
      <rect x="40" y="28" width="34" height="26" fill="none" stroke-width="4" />
      <path d="M40 28l17 14 17-14" fill="none" stroke-width="4" />
    </>
  ),
  // A letter going up to a bigger building.
  escalate: () => (
    <>
      <path d="M44 70V30l16-12 16 12v40z" />
      <rect x="4" y="44" width="26" height="20" fill="none" stroke-width="4" />
      <path d="M4 44l13 10 13-10M30 30l10-10M40 20h-8M40 20v8" fill="none" stroke-width="4" />
    </>
  ),
  // A signpost.
  also: () => (
    <>
      <rect x="37" y="8" width="6" height="64" />
      <path d="M14 14h40l10 8-10 8H14zM66 36H26l-10 8 10 8h40z" />
    </>
  ),
  // One person with a hand on another's shoulder.
  help: () => (
    <>
      {person(24)}
      {person(56)}
      <path d="M34 44l14-6" fill="none" stroke-width="5" />
    </>
  ),
};

/** Each picture's text alternative, in English and Welsh. */
export const PICTURE_TEXT: Record<'en' | 'cy', Record<StepKind, string>> = {
  en: {
    urgent: 'A person being kept safe',
    resolve: 'Two people talking',
    complain: 'A person writing a letter',
    escalate: 'A person taking a letter to someone new',
    also: 'A signpost',
    help: 'A person helping another person',
  },
  cy: {
    urgent: 'Person yn cael ei gadw’n ddiogel',
    resolve: 'Dau berson yn siarad',
    complain: 'Person yn ysgrifennu llythyr',
    escalate: 'Person yn mynd â llythyr at rywun newydd',
    also: 'Arwyddbost',
    help: 'Person yn helpu person arall',
  },
};

export function StepPicture({ kind, label }: { kind: StepKind; label: string }) {
  const Drawing = DRAWINGS[kind] ?? DRAWINGS.also;
  return (
    <svg class="cs-picture" viewBox="0 0 80 80" width="80" height="80" role="img" aria-label={label} fill="currentColor" stroke="currentColor">
      <Drawing />
    </svg>
  );
}

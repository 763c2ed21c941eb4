import type { ShortContact } from '../api.js';
import { telHref } from './BodyContact.js';
import { NewTabLink } from './NewTabLink.js';
import { useTexts } from '../texts/context.js';

/** A step's one most useful contact, on one line: who, and the link to call, email or complain online. */
export function ContactLine({ contact }: { contact: ShortContact }) {
  const { body, kind, value, label, verified } = contact;
  const t = useTexts();
  const link =
    kind === 'phone' ? <a href={telHref(value)}>{label}</a>
    : kind === 'email' ? <a href={`mailto:${value}`}>{label}</a>
    : <NewTabLink href={value}>{label}</NewTabLink>;
  return (
    <p class="cs-contact-line">
      <strong>{body}</strong>: {link}
      {/* Not confirmed from a published source: said as something to check, not as a fact. */}
      {!verified && kind === 'phone' && t.checkNumber}
    </p>
  );
}

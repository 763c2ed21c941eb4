import type { Body } from '../api.js';
import { dateInWords } from '../dates.js';
import { NewTabLink } from './NewTabLink.js';

/** Words added for merged boards' inherited details; kept together for the language catalogue. */
const MERGED_TEXT = {
  from: (name: string, until: string) => `These details are from ${name}, before it merged on ${until}. Check they still work.`,
};

export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** A detail not confirmed from a published source; the embedding organisation's own details are its own word. */
export const unconfirmed = (body: Body) => body.verified === false && body.id !== 'provider';

/** Who to contact and how: name, phone, email and web links. */
export function BodyContact({ body }: { body: Body }) {
  const contacts = [
    body.phone && (
      <li key="phone">
        Phone: <a href={telHref(body.phone)}>{body.phone}</a>
        {body.phoneNote && ` (${body.phoneNote})`}
        {unconfirmed(body) && ' (check this number on their website)'}
      </li>
    ),
    body.textphone && (
      <li key="textphone">
        Textphone: <a href={telHref(body.textphone)}>{body.textphone}</a>
      </li>
    ),
    body.email && (
      <li key="email">
        Email: <a href={`mailto:${body.email}`}>{body.email}</a>
      </li>
    ),
    body.complaintPage && (
      <li key="complaint-page">
        <NewTabLink href={body.complaintPage}>Complain to {body.name} online</NewTabLink>
      </li>
    ),
    body.website && (
      <li key="website">
        <NewTabLink href={body.website}>{body.websiteLabel ?? `${body.name} website`}</NewTabLink>
      </li>
    ),
    body.address && <li key="address">Address: {body.address}</li>,
  ].filter(Boolean);

  return (
    <div class="cs-body">
      <p>
        <strong>{body.name}</strong>
      </p>
      {body.description && <p>{body.description}</p>}
      {contacts.length > 0 && <ul class="cs-contacts">{contacts}</ul>}
      {body.contactFrom && <p class="cs-meta">{MERGED_TEXT.from(body.contactFrom.name, dateInWords(body.contactFrom.until))}</p>}
      {body.verified === false && !body.generic && body.id !== 'provider' && contacts.length > 0 && (
        <p class="cs-meta">We could not confirm these details. Check them on their website before you get in touch.</p>
      )}
      {body.checked && body.verified !== false && <p class="cs-meta">Details checked {dateInWords(body.checked)}</p>}
    </div>
  );
}

import { createContext, type ComponentChildren, type Ref } from 'preact';
import { useContext } from 'preact/hooks';

/** On a page of its own (/start), each screen's heading is the page's h1, as GOV.UK question pages have it;
 *  embedded in another site's page, it is an h2 under that page's own h1. */
export const ScreenHeadingLevel = createContext<1 | 2>(2);

export function ScreenHeading({ headingRef, children }: { headingRef: Ref<HTMLHeadingElement>; children: ComponentChildren }) {
  const Tag = useContext(ScreenHeadingLevel) === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={headingRef} tabIndex={-1} class="cs-screen-heading">
      {children}
    </Tag>
  );
}

import type { ComponentChildren } from 'preact';
import { useTexts } from '../texts/context.js';

/** Links away from the host page open in a new tab, so the plan stays where it is; the link says so. */
export function NewTabLink({ href, children }: { href: string; children: ComponentChildren }) {
  const t = useTexts();
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
      {t.newTab}
    </a>
  );
}

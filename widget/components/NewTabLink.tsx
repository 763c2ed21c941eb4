import type { ComponentChildren } from 'preact';

/** Links away from the host page open in a new tab, so the plan stays where it is; the link says so. */
export function NewTabLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener">
      {children} (opens in a new tab)
    </a>
  );
}

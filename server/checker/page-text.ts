// From a page's HTML (or plain text) to what a reader sees as its content: short passages of text, and the links.
// Menus, footers, scripts and styles are not content; they are kept apart, so the checker can say when the only
// mention of complaints is in the menu.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export interface PageLink {
  text: string;
  href: string;
}

export interface PageText {
  /** The content, one passage a line (a paragraph, a list item, a heading, a table cell). */
  passages: string[];
  /** Text in menus, site headers and footers. */
  navigation: string[];
  /** Links in the content. */
  links: PageLink[];
}

/** Never shown to a reader as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'button']);
/** Navigation, not content. A page header counts only when it is not inside the main content. */
const NAVIGATION_TAGS = new Set(['nav', 'footer']);
const NAVIGATION_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'menu', 'menubar']);
/** Elements that start a new passage. */
const BLOCKS = new Set([
  'p', 'div', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'br', 'section', 'article',
  'main', 'aside', 'header', 'blockquote', 'address', 'figcaption', 'summary', 'details', 'ul', 'ol', 'dl', 'table',
  'caption', 'form', 'fieldset', 'legend', 'label', 'hr', 'pre', 'nav', 'footer',
]);

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export function readHtml(html: string): PageText {
  const document = parse(html);
  const content: string[] = [''];
  const navigation: string[] = [''];
  const links: PageLink[] = [];

  const walk = (node: T.Node, inNavigation: boolean, inMain: boolean) => {
    if (node.nodeName === '#text') {
      const into = inNavigation ? navigation : content;
      into[into.length - 1] += (node as T.TextNode).value;
      return;
    }
    if (!('childNodes' in node)) return;
    const el = 'tagName' in node ? (node as T.Element) : undefined;
    if (el) {
      if (HIDDEN.has(el.tagName) || attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return;
      const role = attr(el, 'role') ?? '';
      const isNavigation = NAVIGATION_TAGS.has(el.tagName) || NAVIGATION_ROLES.has(role) || (el.tagName === 'header' && !inMain);
      const nowNavigation = inNavigation || isNavigation;
      const nowMain = inMain || el.tagName === 'main' || el.tagName === 'article' || role === 'main';
      const into = nowNavigation ? navigation : content;
      const block = BLOCKS.has(el.tagName);
      if (block) into.push('');
      const before = into.length;
      const start = into[into.length - 1]!.length;
      for (const child of el.childNodes) walk(child, nowNavigation, nowMain);
      if (el.tagName === 'a' && !nowNavigation) {
        const href = attr(el, 'href');
        // The link's own words: from where it began to the end of the passage it is in.
        const text = into.length === before ? into[into.length - 1]!.slice(start) : into.slice(before - 1).join(' ');
        if (href) links.push({ text: tidy(text), href: href.trim() });
      }
      if (block) into.push('');
      return;
    }
    for (const child of (node as T.ParentNode).childNodes) walk(child, inNavigation, inMain);
  };
  walk(document, false, false);
  return { passages: content.map(tidy).filter(Boolean), navigation: navigation.map(tidy).filter(Boolean), links };
}

/** Pasted text: each non-empty line is a passage. Web addresses and email addresses in it count as links. */
export function readPlainText(text: string): PageText {
  const passages = text.split(/\r?\n/).map(tidy).filter(Boolean);
  const links = [...text.matchAll(/\bhttps?:\/\/[^\s<>"')]+/g)].map((m) => ({ text: m[0], href: m[0] }));
  return { passages, navigation: [], links };
}

// From a page's HTML (or plain text) to what a reader sees as its content: short passages of text, each with the
// heading of the section it is in, and the links. Menus, footers, scripts and styles are not content; they are kept
// apart, so the checker can say when the only mention of complaints is in the menu. Content a reader opens
// (accordion panels with `hidden`, `details`) is content.
//
// The page is read in one pass over parse5's tokenizer, with our own light stack of open elements, not parse5's
// tree builder: tree building is quadratic on hostile nesting (400,000 nested elements take seconds), and the
// checker needs only text, sections and links. Time and memory are linear in the page's size.
import { Tokenizer, TokenizerMode, type Token } from 'parse5';

export interface PageLink {
  text: string;
  href: string;
  /** The link's host name, lower case, without "www." (read once here, not once per body looked for). */
  host?: string;
}

export interface PageText {
  /** The content, one passage a line (a paragraph, a list item, a heading, a table cell). */
  passages: string[];
  /** For each passage, the heading of the section it is in ('' before the first heading). */
  sections: string[];
  /** Text in menus, site headers and footers. */
  navigation: string[];
  /** Links in the content. */
  links: PageLink[];
  /** The page has scripts and almost no words of its own: it is built in the browser by JavaScript. */
  builtByScript: boolean;
}

/** More open elements than this is not a real page (browsers stop nesting at 512 too). */
export const MAX_NESTING = 512;

export class PageTooDeepError extends Error {
  constructor() {
    super(`The page nests more than ${MAX_NESTING} elements inside each other, so we cannot read it.`);
    this.name = 'PageTooDeepError';
  }
}

/** Never shown to a reader as text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'select', 'button', 'textarea']);
/** How the tokenizer must read the text inside these elements (as the HTML parser would tell it). */
const TEXT_MODES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA, style: TokenizerMode.RAWTEXT, noscript: TokenizerMode.RAWTEXT, iframe: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT, noembed: TokenizerMode.RAWTEXT, noframes: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA, textarea: TokenizerMode.RCDATA, plaintext: TokenizerMode.PLAINTEXT,
};
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: a new one of the same kind closes the last. */
const SELF_CLOSING_SIBLINGS: Record<string, readonly string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'],
};
/** Navigation, not content. A page header counts only when it is not inside the main content. */
const NAVIGATION_TAGS = new Set(['nav', 'footer']);
const NAVIGATION_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'menu', 'menubar']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary']);
/** Elements that start a new passage. */
const BLOCKS = new Set([
  'p', 'div', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'br', 'section', 'article',
  'main', 'aside', 'header', 'blockquote', 'address', 'figcaption', 'summary', 'details', 'ul', 'ol', 'dl', 'table',
  'caption', 'form', 'fieldset', 'legend', 'label', 'hr', 'pre', 'nav', 'footer',
]);

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
const attr = (tag: Token.TagToken, name: string) => tag.attrs.find((a) => a.name === name)?.value;

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
}

interface Open {
  tag: string;
  navigation: boolean;
  main: boolean;
  skipped: boolean;
  link?: { href: string; parts: string[] };
}

export function readHtml(html: string): PageText {
  const content: string[][] = [[]];
  const contentSections: string[] = [''];
  const navigation: string[][] = [[]];
  const links: PageLink[] = [];
  const stack: Open[] = [{ tag: '#document', navigation: false, main: false, skipped: false }];
  const openCount = new Map<string, number>();
  let section = '';
  let heading: string[] | undefined;
  let scripts = 0;
  const top = () => stack[stack.length - 1]!;
  const openLinks: Open[] = [];

  const breakPassage = (inNavigation: boolean) => {
    if (inNavigation) navigation.push([]);
    else {
      content.push([]);
      contentSections.push(section);
    }
    for (const l of openLinks) l.link!.parts.push(' ');
  };
  const pop = () => {
    const el = stack.pop()!;
    openCount.set(el.tag, openCount.get(el.tag)! - 1);
    if (HEADINGS.has(el.tag) && heading && !el.navigation) {
      section = tidy(heading.join(''));
      heading = undefined;
      contentSections[contentSections.length - 1] = section;
    }
    if (BLOCKS.has(el.tag) && !el.skipped) breakPassage(el.navigation);
    if (el.link) {
      openLinks.pop();
      links.push({ text: tidy(el.link.parts.join('')), href: el.link.href, ...hostPart(el.link.href) });
    }
  };
  const hostPart = (href: string) => {
    const host = /^https?:/i.test(href) ? hostOf(href) : undefined;
    return host ? { host } : {};
  };
  const text = (value: string) => {
    const at = top();
    if (at.skipped) return;
    (at.navigation ? navigation : content).at(-1)!.push(value);
    if (heading && !at.navigation) heading.push(value);
    for (const l of openLinks) l.link!.parts.push(value);
  };

  const handler = {
    onStartTag(tag: Token.TagToken) {
      const name = tag.tagName;
      const parent = top();
      if (name === 'script') scripts++;
      const mode = TEXT_MODES[name];
      if (mode !== undefined && !tag.selfClosing) tokenizer.state = mode;
      if (VOID.has(name) || (tag.selfClosing && (parent.skipped || SKIPPED.has(name)))) {
        if ((name === 'br' || name === 'hr') && !parent.skipped) breakPassage(parent.navigation);
        return;
      }
      const closes = SELF_CLOSING_SIBLINGS[name];
      if (closes?.includes(parent.tag)) pop();
      else if (BLOCKS.has(name) && parent.tag === 'p') pop();
      const at = top();
      const role = attr(tag, 'role') ?? '';
      const isNavigation = NAVIGATION_TAGS.has(name) || NAVIGATION_ROLES.has(role) || (name === 'header' && !at.main);
      const el: Open = {
        tag: name,
        navigation: at.navigation || isNavigation,
        main: at.main || name === 'main' || name === 'article' || role === 'main',
        skipped: at.skipped || SKIPPED.has(name),
      };
      const href = name === 'a' && !el.navigation && !el.skipped ? attr(tag, 'href') : undefined;
      if (href) {
        el.link = { href: href.trim(), parts: [] };
        openLinks.push(el);
      }
      if (BLOCKS.has(name) && !el.skipped) breakPassage(el.navigation);
      if (HEADINGS.has(name) && !el.skipped && !el.navigation) heading = [];
      stack.push(el);
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      if (stack.length > MAX_NESTING) throw new PageTooDeepError();
    },
    onEndTag(tag: Token.TagToken) {
      const name = tag.tagName;
      if (name === 'br' || name === 'p' && !openCount.get('p')) {
        breakPassage(top().navigation);
        return;
      }
      // Each element is popped once at most, so closing is linear over the whole page.
      if (!openCount.get(name)) return;
      while (stack.length > 1) {
        const closing = top().tag === name;
        pop();
        if (closing) break;
      }
    },
    onCharacter: (token: Token.CharacterToken) => text(token.chars),
    onWhitespaceCharacter: (token: Token.CharacterToken) => text(token.chars),
    onNullCharacter: () => undefined,
    onComment: () => undefined,
    onDoctype: () => undefined,
    onEof: () => undefined,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
  tokenizer.write(html, true);
  while (stack.length > 1) pop();

  const passages: string[] = [];
  const sections: string[] = [];
  content.forEach((parts, i) => {
    const passage = tidy(parts.join(''));
    if (passage) {
      passages.push(passage);
      sections.push(contentSections[i]!);
    }
  });
  const words = passages.reduce((n, p) => n + p.split(' ').length, 0);
  return {
    passages, sections,
    navigation: navigation.map((parts) => tidy(parts.join(''))).filter(Boolean),
    links,
    builtByScript: scripts > 0 && words < 40,
  };
}

/** Pasted text: each non-empty line is a passage. Web addresses in it count as links. */
export function readPlainText(text: string): PageText {
  const passages = text.split(/\r?\n/).map(tidy).filter(Boolean);
  const links = [...text.matchAll(/\bhttps?:\/\/[^\s<>"')]+/g)].map(([href]) => {
    const host = hostOf(href);
    return { text: href, href, ...(host && { host }) };
  });
  // A line that looks like a heading (short, no full stop) starts a section.
  const sections: string[] = [];
  let section = '';
  for (const p of passages) {
    if (p.length <= 60 && !/[.:;,]$/.test(p) && !/[.!?]\s/.test(p)) section = p;
    sections.push(section);
  }
  return { passages, sections, navigation: [], links, builtByScript: false };
}

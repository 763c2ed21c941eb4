// A lazily loaded part brings its own styles: adopted into the widget's shadow root beside the main sheet,
// as a constructable stylesheet, so a host's strict CSP (style-src without 'unsafe-inline') is no obstacle.
const sheets = new Map<string, CSSStyleSheet>();

export function adoptStyles(node: Node | null | undefined, css: string) {
  const root = node?.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

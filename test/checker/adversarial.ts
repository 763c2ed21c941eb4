// Hostile pages for the checker, of a given size in bytes: each aims at one way text processing can go quadratic or
// overflow (a pattern backtracking over a long word, work repeated per link, recursion over nesting).
export function adversarialPages(bytes: number): Record<string, { html: string } | { text: string }> {
  const fill = (unit: string) => unit.repeat(Math.max(1, Math.floor((bytes - 64) / unit.length)));
  return {
    'long words': { text: fill(`${'a'.repeat(50_000)} `) },
    'long words with dots and @': { text: fill(`${'a.'.repeat(25_000)}@ `) },
    'many links': { html: `<main>${fill('<a href="https://x.example/a">complaints</a> ')}</main>` },
    'many links to different hosts': { html: `<main>${fill('<a href="https://a1.example.org/p?q=1">NHS complaints advocacy</a>')}</main>` },
    'deep nesting': { html: fill('<div>') },
    'deep inline nesting': { html: fill('<b><i>') },
    'one long line of sentences': { text: fill('Complain within 12 months to the practice manager. ') },
  };
}

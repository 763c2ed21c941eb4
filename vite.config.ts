import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build, defineConfig, type LibraryFormats, type LogLevel, type Plugin, type UserConfig } from 'vite';
import { runtime } from './widget/runtime.js';

// Builds the embeddable widget as ONE classic script (IIFE), so a plain `<script src async>` on any site works:
// dist/widget/complaints-signpost.js. Its styles are inlined and adopted into the shadow root at run time.
//
// Parts that most visitors never use are separate classic scripts beside it, loaded by the widget only when
// needed (widget/parts.ts): the call handler screen and the letter writer. IIFE builds cannot split code, so
// each part is its own build, made first, in memory; the widget build then writes it out and learns its
// version and integrity hash. A part does not bundle Preact: it uses the widget's copy (widget/runtime.ts).
export const PARTS = {
  handler: { entry: './widget/handler/index.tsx', file: 'complaints-signpost-handler.js' },
  letter: { entry: './widget/letter/index.tsx', file: 'complaints-signpost-letter.js' },
  // The widget's own words in Welsh, loaded only when someone asks for Cymraeg; and the Easy Read plan.
  cy: { entry: './widget/texts/cy-part.ts', file: 'complaints-signpost-cy.js' },
  easy: { entry: './widget/easy/index.tsx', file: 'complaints-signpost-easy.js' },
  // The script of the /check pages (plain DOM, no Preact); served beside the widget, never loaded by it.
  checker: { entry: './widget/checker/index.ts', file: 'complaints-signpost-checker.js' },
} as const;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const shared = (): UserConfig => ({
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022', // every browser with constructable stylesheets (Safari 16.4+, Chrome 73+, Firefox 101+) runs ES2022
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
  },
});

/** In a part, `preact`, `preact/hooks` and `preact/jsx-runtime` are the names the widget shares, and nothing else. */
function sharedRuntime(): Plugin {
  const prefix = '\0complaints-signpost-runtime:';
  return {
    name: 'complaints-signpost-shared-runtime',
    enforce: 'pre',
    resolveId: (id) => (id in runtime ? prefix + id : undefined),
    load(id) {
      if (!id.startsWith(prefix)) return undefined;
      const module = id.slice(prefix.length) as keyof typeof runtime;
      return [
        `const shared = globalThis[Symbol.for('complaints-signpost')].runtime[${JSON.stringify(module)}];`,
        ...Object.keys(runtime[module]).map((name) => `export const ${name} = shared.${name};`),
      ].join('\n');
    },
  };
}

interface BuiltPart {
  name: string;
  file: string;
  code: string;
  hash: string;
  integrity: string;
}

/** The same short version hash the service uses in pinned URLs (server/http/routes/widget.ts). */
const versionOf = (code: string) => createHash('sha256').update(code).digest('base64url').slice(0, 16);

async function buildPart(name: string, entry: string, file: string, logLevel: LogLevel): Promise<BuiltPart> {
  const base = shared();
  const result = await build({
    ...base,
    configFile: false,
    logLevel,
    plugins: [sharedRuntime(), ...(base.plugins ?? [])],
    build: {
      ...base.build,
      write: false,
      lib: { entry: here(entry), formats: ['iife'], name: 'ComplaintsSignpostPart', fileName: () => file },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => ('output' in output ? output.output : [])).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`The ${name} part built nothing`);
  const { code } = chunk;
  return { name, file, code, hash: versionOf(code), integrity: `sha256-${createHash('sha256').update(code).digest('base64')}` };
}

function lazyParts(): Plugin {
  let parts: BuiltPart[] = [];
  return {
    name: 'complaints-signpost-parts',
    apply: 'build',
    async config(config) {
      parts = await Promise.all(
        Object.entries(PARTS).map(([name, { entry, file }]) => buildPart(name, entry, file, config.logLevel ?? 'warn')),
      );
      const manifest = Object.fromEntries(parts.map(({ name, file, hash, integrity }) => [name, { file, hash, integrity }]));
      return { define: { __CS_PARTS__: JSON.stringify(manifest) } };
    },
    generateBundle() {
      for (const part of parts) this.emitFile({ type: 'asset', fileName: part.file, source: part.code });
    },
  };
}

export default defineConfig((): UserConfig => {
  const base = shared();
  return {
    ...base,
    plugins: [...(base.plugins ?? []), lazyParts()],
    build: {
      ...base.build,
      outDir: 'dist/widget',
      emptyOutDir: true,
      lib: {
        entry: here('./widget/element.tsx'),
        formats: ['iife'] as LibraryFormats[],
        name: 'ComplaintsSignpost', // required by Vite for IIFE; the entry exports nothing, so no global is created
        fileName: () => 'complaints-signpost.js',
      },
    },
  };
});

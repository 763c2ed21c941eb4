import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// Builds the embeddable widget as ONE classic script (IIFE), so a plain `<script src async>` on any site works:
// dist/widget/complaints-signpost.js. Its styles are inlined and adopted into the shadow root at run time.
export default defineConfig({
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2022', // every browser with constructable stylesheets (Safari 16.4+, Chrome 73+, Firefox 101+) runs ES2022
    minify: true,
    sourcemap: false,
    lib: {
      entry: fileURLToPath(new URL('./widget/element.tsx', import.meta.url)),
      formats: ['iife'],
      name: 'ComplaintsSignpost', // required by Vite for IIFE; the entry exports nothing, so no global is created
      fileName: () => 'complaints-signpost.js',
    },
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The loader embeds the output (src/web/dist/review: index.html, review.js, review.css) and serves it at / of the
// review app. Stable names: the loader lists them, and the app is local, so there is no cache to bust.
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  build: {
    outDir: here('../dist/review'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: {
      output: {
        entryFileNames: 'review.js',
        chunkFileNames: 'review-[name].js',
        assetFileNames: (asset) => (asset.names.some((name) => name.endsWith('.css')) ? 'review.css' : '[name][extname]'),
      },
    },
  },
});

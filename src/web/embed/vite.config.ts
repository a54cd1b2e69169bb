import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const placeholder = '__RELATIONS_GRAPH_ELEMENT__';

/** Writes the element module's content-hashed path into the loader, which has a stable name. */
function linkLoaderToElement(): Plugin {
  return {
    name: 'relations-graph-link-loader',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const loader = chunks.find((chunk) => chunk.isEntry && chunk.name === 'relations-graph');
      const element = chunks.find((chunk) => chunk.isEntry && chunk.name === 'element');
      if (!loader || !element) throw new Error('The embed build needs both the loader and the element entry.');
      if (!loader.code.includes(placeholder)) throw new Error(`The loader lost its ${placeholder} placeholder.`);
      loader.code = loader.code.replaceAll(placeholder, JSON.stringify(`./${element.fileName}`));
    },
  };
}

// The API serves the output at /embed/ (src/RelationsGraph.Api/wwwroot/embed):
//   relations-graph.js        the stable URL for the script tag: a tiny loader, revalidated with its ETag;
//   assets/*-[hash].js        the element and its dependencies, content-hashed and cached as immutable.
// Library mode keeps the code free of Vite's preload helper (which uses import.meta, impossible in the classic
// loader script); whitespace is minified too since these files go to browsers as they are.
export default defineConfig({
  root: here('.'),
  publicDir: false,
  plugins: [linkLoaderToElement()],
  build: {
    outDir: here('../../RelationsGraph.Api/wwwroot/embed'),
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: { 'relations-graph': here('src/loader.ts'), element: here('src/element.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        entryFileNames: (chunk) => (chunk.name === 'relations-graph' ? 'relations-graph.js' : 'assets/[name]-[hash].js'),
        chunkFileNames: 'assets/[name]-[hash].js',
        minify: true,
      },
    },
  },
});

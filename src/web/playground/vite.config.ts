import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The API serves the output at /playground/ (src/RelationsGraph.Api/wwwroot/playground).
export default defineConfig({
  root: here('.'),
  base: '/playground/',
  plugins: [react()],
  build: {
    outDir: here('../../RelationsGraph.Api/wwwroot/playground'),
    emptyOutDir: true,
    // Monaco is large by nature; keep the warning for anything bigger still.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // graphiql's React Compiler output carries "use no memo" directives; dropping
        // them when bundling is harmless, so do not flood the build log with them.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use no memo')) return;
        warn(warning);
      },
    },
  },
});

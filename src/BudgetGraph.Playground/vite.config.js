import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The bundle is written into the API's static files and served from /graphiql/ (assets) and
// /graphql (index.html, for browsers). Everything — JS, CSS, fonts, Monaco's editor workers — is
// emitted locally so that the playground works offline; nothing is fetched from a CDN.
export default defineConfig({
  base: '/graphiql/',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../BudgetGraph.Api/wwwroot/graphiql', import.meta.url)),
    emptyOutDir: true,
    // Monaco alone is several megabytes; the warning would only be noise for a developer tool.
    chunkSizeWarningLimit: 8000,
    // Fonts and icons stay inline in the CSS (GraphiQL ships them as data URLs) and small assets
    // are inlined; the rest get content-hashed names under assets/ and are cached for a year.
    assetsDir: 'assets',
    rolldownOptions: {
      onwarn(warning, warn) {
        // graphiql's React-compiler output starts modules with "use no memo"; dropping that
        // directive when bundling is harmless, and the warning repeats for every such module.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});

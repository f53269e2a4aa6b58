import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The bundle is written into the API's static files: the page is served at / and its assets under
// /explorer/ (see src/BudgetGraph.Api/Explorer/ExplorerEndpoints.cs). Everything, including
// ECharts, is bundled locally: the page fetches nothing from a CDN, only the API's /graphql.
export default defineConfig({
  base: '/explorer/',
  build: {
    outDir: fileURLToPath(new URL('../BudgetGraph.Api/wwwroot/explorer', import.meta.url)),
    emptyOutDir: true,
    // Files under assets/ carry content hashes and are cached for a year by the API.
    assetsDir: 'assets',
    // ECharts (bars and treemap, SVG renderer) is most of the bundle; that is expected.
    chunkSizeWarningLimit: 1200,
  },
});

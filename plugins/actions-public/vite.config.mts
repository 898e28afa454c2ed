import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// One bundle for the platform: src/ui_bundle/index.html -> dist/ui, served by this plugin's
// server side at /ui (assets are relative: the page's <base> points at them under any base path).
// Workspace packages are bundled from their TypeScript sources (the `@kbn/source` condition).
export default defineConfig({
  root: fileURLToPath(new URL('./src/ui_bundle', import.meta.url)),
  base: './',
  resolve: { conditions: ['@kbn/source', 'browser', 'module', 'import', 'default'] },
  oxc: { jsx: { runtime: 'automatic' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/ui', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});

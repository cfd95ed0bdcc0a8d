import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The page bundles paradigm-core from its sources: the editor compiles and generates in the browser.
export default defineConfig({
  root: here('.'),
  base: '/',
  resolve: { alias: { '@paradigm/core': here('../../../packages/paradigm-core/src/index.ts') } },
  build: { outDir: here('../dist/page'), emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:5180' } },
});

import { defineConfig } from 'vite';

// A static site: `npm run build` writes dist/, which scripts/explorer.sh serves.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});

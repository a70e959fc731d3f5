import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA is built into dist/ and served by the BFF (src/bff). In `npm run dev`, Vite proxies
// /api and /__mock to a BFF started separately on BFF_PORT (default 8080).
const bffPort = process.env.BFF_PORT ?? '8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${bffPort}`,
      '/__mock': `http://127.0.0.1:${bffPort}`,
    },
  },
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    // Node for contract, emulator and BFF tests; web component tests opt into jsdom with a
    // `// @vitest-environment jsdom` comment at the top of the file.
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
  },
});

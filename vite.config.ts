import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Relative base so the built site works from any folder of any static host (and inside iframes).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});

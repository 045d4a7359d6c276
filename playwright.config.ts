import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// Debian's Chromium where it exists (browsers cannot be downloaded here); Playwright's own browser elsewhere.
const launchOptions = existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } : {};

// Ports can be moved (E2E_PORT, E2E_HOST_PORT) to run two suites side by side, e.g. from two worktrees.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4175);
process.env.E2E_HOST_PORT = String(HOST_PORT);

export default defineConfig({
  testDir: 'e2e',
  // Headroom for a shared, noisy 2-core machine: a test that needs more than this is slow, not unlucky. Speed is
  // measured in benchmarks (npm run bench), never here.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: [
    {
      // The project's own server, so the e2e suite also checks the headers hosts are told to send.
      command: 'npx vite build && node scripts/serve.mjs',
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // A host page on another origin (localhost vs 127.0.0.1) for the embed tests: e2e/fixtures/embed-host.html.
      command: 'node e2e/fixtures/host-server.mjs',
      env: { PORT: String(HOST_PORT) },
      url: `http://localhost:${HOST_PORT}/embed-host.html`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});

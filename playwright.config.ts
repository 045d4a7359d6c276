import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// Debian's Chromium where it exists (CI cannot download Playwright's: npm registry and Debian only); Playwright's own
// browser elsewhere (npm run setup:e2e installs one or the other).
const launchOptions = existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } : {};

// Ports can be moved (E2E_PORT, E2E_HOST_PORT) to run two suites side by side, e.g. from two worktrees.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4175);
process.env.E2E_HOST_PORT = String(HOST_PORT);

/**
 * The app the suite tests is always built from the sources in front of it. By default the web server builds it first
 * (`vite build`). E2E_PREBUILT=1 (CI, which has just run `npm run build`) serves the existing dist/ instead, so the
 * app is built once — and only when dist/index.html (the build's last write, by the prerender) is newer than every
 * input of the build; a missing or older build stops the suite rather than be tested.
 */
const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts/prerender.tsx',
  'package-lock.json',
];
function newestInput(path: string): { path: string; mtimeMs: number } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  return readdirSync(path)
    .map((name) => newestInput(join(path, name)))
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a), { path, mtimeMs: 0 });
}
function appServerCommand(): string {
  const serve = 'node scripts/serve.mjs';
  if (process.env.E2E_PREBUILT !== '1') return `npx vite build && ${serve}`;
  // Test workers load this file too but start no server (and a spec may write files meanwhile).
  if (process.env.TEST_WORKER_INDEX !== undefined) return serve;
  const built = 'dist/index.html';
  if (!existsSync(built)) throw new Error(`E2E_PREBUILT=1 but ${built} is missing: run npm run build first`);
  const newest = BUILD_INPUTS.map(newestInput).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  if (newest.mtimeMs > statSync(built).mtimeMs)
    throw new Error(`E2E_PREBUILT=1 but ${newest.path} is newer than ${built}: run npm run build again`);
  return serve;
}

export default defineConfig({
  testDir: 'e2e',
  // Specs only: e2e/*.test.ts are Vitest unit tests of the suite's own helpers (the CSV reader), run by test:unit.
  testMatch: '**/*.spec.ts',
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
      command: appServerCommand(),
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

// One place for how the tests and benchmarks run Chromium headless: Debian's browser (CI reaches only the npm registry
// and Debian's packages, so Playwright cannot download its own), with flags without which it tries to reach Google's
// hosts at every start.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

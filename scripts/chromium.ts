// One place for how we run Chromium headless here: Debian's browser (downloads are impossible), and flags without
// which it tries to reach Google's hosts over the closed network at every start.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

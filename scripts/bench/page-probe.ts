// The in-page half of every interaction bench (interaction.ts, catalog-page.ts, views-page.ts), injected as a
// <script> before each bench's own actions: waiting for what a view shows, and the "after next paint" probe.
export const PAGE_PROBE = `
async function until(test, what = 'the view') {
  const t0 = performance.now();
  while (!test()) {
    if (performance.now() - t0 > 20000) throw new Error('timeout: ' + what);
    await new Promise((r) => setTimeout(r, 1));
  }
}
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
// The next animation frame, then a message posted from it, which arrives right after that frame is painted. Two
// animation frames would overcount by up to a frame (16.7 ms).
const afterNextPaint = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
// Each input starts on a quiet page, as a reader's next tap does (a fifth of a second later at the quickest): what
// the last one left for after its paint (a chart drawn frames later) is done, not counted against the next action.
const settle = () => new Promise((r) => setTimeout(r, 200)).then(frames).then(() => new Promise((r) => requestIdleCallback(r, { timeout: 1000 })));
async function measure(act, done, what) { await settle(); const t0 = performance.now(); act(); await until(done, what); await afterNextPaint(); return performance.now() - t0; }
`;

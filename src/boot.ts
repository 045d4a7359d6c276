// The page's entry. The overview's numbers are already in the HTML (prerendered by the build, with the styles
// inlined), so the app's code is fetched after the first paint and never competes with it.
import './app/app.css';
import './app/print.css';

let started = false;
function start() {
  if (started) return;
  started = true;
  void import('./main');
}
requestAnimationFrame(() => setTimeout(start, 0));
// A hidden tab or an off-screen iframe may not paint (no animation frames) — start anyway.
setTimeout(start, 300);

// The page's entry. The overview's numbers are already in the HTML (prerendered by the build, with the styles
// inlined), so the app's code is fetched only once that HTML has painted: on a slow phone connection the first
// paint never shares bandwidth or the main thread with 150 KB of JavaScript.
// The stylesheet of this entry is inlined into the prerendered page, which paints before the app's code runs: it
// holds the tokens, the base and layout, and the styles of everything the overview shows before any interaction
// (each also imported by its component, beside it). Every other view's styles load with that view's chunk, and
// Vite inserts them before the chunk runs. Order is the cascade's: tokens first, print last (it overrides).
import './app/tokens.css';
import './app/app.css';
import './app/modes/modes.css';
import './app/share/share.css';
import './components/kpi.css';
import './components/term.css';
import './components/chart/chart-frame.css';
import './features/overview/overview.css';
import './app/print.css';

let started = false;
function start() {
  if (started) return;
  started = true;
  void import('./main');
}

if (document.visibilityState === 'hidden' || typeof PerformanceObserver === 'undefined') start();
else {
  // The first contentful paint is reported once that frame is presented: start in the task after it.
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
  // An off-screen iframe may not paint at all: start anyway.
  setTimeout(start, 1000);
}

// The page's entry. The overview's numbers are already in the HTML (prerendered by the build, with the styles
// inlined), so the app's code is fetched only once that HTML has painted: on a slow phone connection the first
// paint never shares bandwidth or the main thread with 150 KB of JavaScript.
import './app/app.css';
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

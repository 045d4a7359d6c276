import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readPageOptions } from './app/page-options';
import { showsPrerendered } from './app/prerendered';
import { loadLang } from './lib/i18n/translate';
import { useDataStore } from './store/data-store';
import { useUiStore } from './store/ui-store';

// Page options (?lang=&unit=) decide the first render; the UI keeps them in the URL when they change.
const options = readPageOptions();
useUiStore.setState({ lang: options.lang, unit: options.unit, mode: options.mode });
document.documentElement.lang = options.lang === 'en' ? 'en' : 'zh-CN';

const root = document.getElementById('root');
// The build prerenders the overview into #root (scripts/prerender.tsx). When this URL shows exactly that, the HTML
// stays on screen until the data is in and the app renders the same view over it — no loading state, no shift.
// Otherwise it goes at once: a deep link or another language must not flash the wrong view.
const keep = root !== null && showsPrerendered(root, options, window.location.hash);
if (root && !keep) root.replaceChildren();

// English is a separate chunk: fetched (in parallel with the data) only when the page asks for it.
void Promise.all([
  loadLang(options.lang),
  keep ? useDataStore.getState().load(options.datasetId) : undefined,
]).finally(() => {
  if (!root) return;
  const app = createRoot(root);
  // A transition renders in slices that yield to the browser: no long task while the first view is built.
  startTransition(() =>
    app.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});

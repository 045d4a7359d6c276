import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, ReadyApp } from './app/App';
import { SLOW_MS } from './app/LoadStates';
import { readPageOptions } from './lib/route/page-options';
import { PRERENDER_MARK, showsPrerendered } from './app/prerendered';
import { loadLang } from './lib/i18n/translate';
import { useDataStore } from './store/data-store';
import { useUiStore } from './store/ui-store';

// Requested at once, beside the data: its listener must see a new view's hashchange before the view renders
// (scroll-memory.ts), and no reader follows a link before the first view is on screen. Not needed to draw that view,
// so not part of its JavaScript.
void import('./app/scroll-memory').then((m) => m.installScrollMemory());

// Page options (?lang=&unit=) decide the first render (the store reads them from the URL, src/store/ui-store.ts);
// the UI keeps them in the URL when they change.
const options = readPageOptions();
document.documentElement.lang = options.lang === 'en' ? 'en' : 'zh-CN';

const root = document.getElementById('root');
// The build prerenders the overview into #root (scripts/prerender.tsx). When this URL shows exactly that, the HTML
// stays on screen while the data loads, and the app then hydrates it: no loading state, nothing moves.
// Otherwise it goes at once: a deep link or another language must not flash the wrong view.
const keep = root !== null && showsPrerendered(root, options, window.location.hash);
if (root && !keep) {
  root.replaceChildren();
  root.removeAttribute(PRERENDER_MARK);
}

async function start(el: HTMLElement) {
  // English is a separate chunk: fetched (in parallel with the data) only when the page asks for it.
  const lang = loadLang(options.lang);
  if (keep) {
    const loaded = useDataStore.getState().load(options.datasetId);
    const slow = new Promise<'slow'>((r) => window.setTimeout(r, SLOW_MS, 'slow'));
    const outcome = await Promise.race([loaded, slow]);
    const state = useDataStore.getState().state;
    if (outcome !== 'slow' && state.status === 'ready') {
      // In a transition, hydration too works in slices that yield to the browser.
      startTransition(() => {
        hydrateRoot(
          el,
          <StrictMode>
            <ReadyApp dataset={state.dataset} catalog={state.catalog} />
          </StrictMode>,
          // The HTML was rendered when the site was built; if the data file changed since, React renders the
          // overview afresh from the data it loaded (the numbers on screen are always the file's).
          {
            onRecoverableError: () =>
              console.warn('The prerendered overview was out of date: rendered afresh.'),
          },
        );
      });
      return;
    }
    // Slow or failed: the live app takes over and says so (progress, retry, or the located error).
  }
  // Without its English table the page comes up in Chinese and says so (LangFailed), rather than not at all.
  if (!(await lang)) useUiStore.setState({ lang: 'zh', langFailed: true });
  const app = createRoot(el);
  // A transition renders in slices that yield to the browser: no long task while the first view is built.
  startTransition(() =>
    app.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

if (root) void start(root);

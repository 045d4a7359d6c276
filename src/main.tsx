import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readPageOptions } from './app/page-options';
import { loadLang } from './lib/i18n/translate';
import { useUiStore } from './store/ui-store';
import './app/app.css';
import './app/print.css';

// Page options (?lang=&unit=) decide the first render; the UI keeps them in the URL when they change.
const options = readPageOptions();
useUiStore.setState({ lang: options.lang, unit: options.unit, mode: options.mode });
document.documentElement.lang = options.lang === 'en' ? 'en' : 'zh-CN';

const root = document.getElementById('root');
// English is a separate chunk: fetched (in parallel with the data) only when the page asks for it.
void loadLang(options.lang).finally(() => {
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
});

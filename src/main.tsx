import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readPageOptions } from './app/page-options';
import { useUiStore } from './store/ui-store';
import './app/app.css';
import './app/print.css';

// Page options (?lang=&unit=) decide the first render; the UI keeps them in the URL when they change.
const options = readPageOptions();
useUiStore.setState({ lang: options.lang, unit: options.unit, mode: options.mode });
document.documentElement.lang = options.lang === 'en' ? 'en' : 'zh-CN';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

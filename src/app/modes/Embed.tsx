import { useEffect } from 'react';
import { useT } from '../../components/use-t';
import { readPageOptions } from '../page-options';
import { useRoute } from '../use-route';
import { lockView } from './embed-lock';
import { embeddingOrigin, heightMessage } from './embed-message';
import { fullDashboardUrl } from './full-dashboard-url';

/** Reports the content height to the embedding page (only the height, only to its origin). */
function useHeightReports() {
  useEffect(() => {
    if (window.parent === window) return;
    const origin = embeddingOrigin(readPageOptions().parentOrigin, document.referrer);
    if (!origin) return;
    let last = 0;
    const send = () => {
      const h = document.documentElement.scrollHeight;
      if (Math.abs(h - last) < 1) return;
      last = h;
      try {
        window.parent.postMessage(heightMessage(h), origin);
      } catch {
        /* a parent on another origin than announced: say nothing */
      }
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, []);
}

/** With lock=1 the embed stays on its view (embed-lock.ts). */
function useLockedView() {
  useEffect(() => (readPageOptions().lock ? lockView(window.location.hash) : undefined), []);
}

export function EmbedLink() {
  const t = useT();
  useRoute(); // the link follows drill-down inside the iframe
  useHeightReports();
  useLockedView();
  return (
    <a
      className="embed-open"
      href={fullDashboardUrl()}
      target="_blank"
      rel="noopener noreferrer"
      title={t('embed.openFullTitle')}
    >
      {t('embed.openFull')} ↗
    </a>
  );
}

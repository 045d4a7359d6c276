import { useEffect } from 'react';
import { useT } from '../../components/use-t';
import { readPageOptions } from '../page-options';
import { pageUrl } from '../page-url';
import { parseHash } from '../route';
import { useRoute } from '../use-route';
import { embeddingOrigin, heightMessage } from './embed-message';

/** The same page outside the iframe: the full dashboard, keeping the view, language and unit. */
export function fullDashboardUrl(hash = window.location.hash): string {
  const q = new URLSearchParams(window.location.search);
  for (const k of ['mode', 'lock', 'parentOrigin']) q.delete(k);
  return pageUrl({ search: q.toString(), hash });
}

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

/** With lock=1 the embed stays on its view: links to other views open the full dashboard in a new tab. */
function useLockedView() {
  useEffect(() => {
    if (!readPageOptions().lock) return;
    const locked = parseHash(window.location.hash).view;
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!a) return;
      const href = a.getAttribute('href') ?? '';
      if (parseHash(href).view === locked) return;
      e.preventDefault();
      window.open(fullDashboardUrl(href), '_blank', 'noopener');
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
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

import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../components/use-t';
import { readPageOptions } from '../page-options';
import { useRoute } from '../use-route';
import { lockView } from './embed-lock';
import {
  embeddingOrigin,
  type HeightMessage,
  heightMessage,
  type ViewMessage,
  viewMessage,
} from './embed-message';
import { fullDashboardUrl } from './full-dashboard-url';

/** Sends a message to the embedding page, only to its origin; with no known origin, nothing. */
function useSendToHost(): (message: HeightMessage | ViewMessage) => void {
  return useMemo(() => {
    const origin =
      window.parent === window ? null : embeddingOrigin(readPageOptions().parentOrigin, document.referrer);
    return (message: HeightMessage | ViewMessage) => {
      if (!origin) return;
      try {
        window.parent.postMessage(message, origin);
      } catch {
        /* a parent on another origin than announced: say nothing */
      }
    };
  }, []);
}

/**
 * The height of the content, grown or shrunk. Not the document's scrollHeight: inside an iframe that is never less
 * than the iframe itself, so an iframe sized once for a long list stayed that long for every shorter view after it.
 */
function contentHeight(): number {
  return document.body.getBoundingClientRect().bottom + window.scrollY;
}

/** Reports the content height to the embedding page on every change, and that another view has opened. */
function useHostReports() {
  const send = useSendToHost();
  useEffect(() => {
    let last = 0;
    const report = () => {
      const h = contentHeight();
      if (Math.abs(h - last) < 1) return;
      // While a view's code loads, the page is a one-line placeholder for a moment. Shrinking the iframe to it
      // made the host page shorter than its scroll position, so the browser scrolled it to the top of the host
      // page, away from the iframe the reader was in. The observer fires again when the view replaces it.
      if (h < last && document.querySelector('main .view-loading')) return;
      last = h;
      send(heightMessage(h));
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [send]);
  const route = useRoute();
  const view = `${route.view}/${route.param ?? ''}`;
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (shown.current !== null && shown.current !== view) send(viewMessage());
    shown.current = view;
  }, [view, send]);
}

/** With lock=1 the embed stays on its view (embed-lock.ts). */
function useLockedView() {
  useEffect(() => (readPageOptions().lock ? lockView(window.location.hash) : undefined), []);
}

export function EmbedLink() {
  const t = useT();
  useRoute(); // the link follows drill-down inside the iframe
  useHostReports();
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

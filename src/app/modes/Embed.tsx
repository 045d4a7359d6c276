import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useT } from '../../components/use-t';
import { readPageOptions } from '../page-options';
import { entryKey } from '../scroll-memory';
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

/** Space left above the link the reader comes back to, so the row before it shows too. */
const RETURN_MARGIN = 120;

/**
 * Where on each history entry the reader tapped a link to another view (its top in the iframe's content). Sized to
 * its content, the iframe never scrolls: the host page does, so the place to return to is told to the host.
 */
const leftFrom = new Map<string, number>();

function rememberTappedLink(e: MouseEvent) {
  const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
  const key = entryKey();
  if (!link || !key || link.getAttribute('target') === '_blank') return;
  leftFrom.set(key, link.getBoundingClientRect().top + window.scrollY);
}

const viewLoading = () => !!document.querySelector('main .view-loading');

/**
 * Reports the content height to the embedding page on every change, and that another view has opened — on Back or
 * Forward to an entry left by a link, with the place to scroll to, once the view is rendered and tall enough.
 */
function useHostReports() {
  const send = useSendToHost();
  const returnTo = useRef<number | null>(null);
  const last = useRef(0);
  const sendReturn = useCallback(() => {
    const y = returnTo.current;
    if (y === null || viewLoading() || last.current < y) return;
    returnTo.current = null;
    send(viewMessage(Math.max(0, y - RETURN_MARGIN)));
  }, [send]);
  useEffect(() => {
    const report = () => {
      const h = contentHeight();
      if (Math.abs(h - last.current) < 1) return sendReturn();
      // While a view's code loads, the page is a one-line placeholder for a moment. Shrinking the iframe to it
      // made the host page shorter than its scroll position, so the browser scrolled it to the top of the host
      // page, away from the iframe the reader was in. The observer fires again when the view replaces it.
      if (h < last.current && viewLoading()) return;
      last.current = h;
      send(heightMessage(h));
      sendReturn();
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    document.addEventListener('click', rememberTappedLink, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('click', rememberTappedLink, true);
    };
  }, [send, sendReturn]);
  const route = useRoute();
  const view = `${route.view}/${route.param ?? ''}`;
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (shown.current !== null && shown.current !== view) {
      const key = entryKey();
      const y = key === null ? undefined : leftFrom.get(key);
      if (y === undefined) {
        returnTo.current = null;
        send(viewMessage());
      } else {
        returnTo.current = y;
        // Also each frame for a while: a view that renders at the height last reported resizes nothing.
        const until = performance.now() + 4000;
        let frame = 0;
        const tick = () => {
          sendReturn();
          if (returnTo.current !== null && performance.now() < until) frame = requestAnimationFrame(tick);
        };
        tick();
        shown.current = view;
        return () => cancelAnimationFrame(frame);
      }
    }
    shown.current = view;
  }, [view, send, sendReturn]);
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

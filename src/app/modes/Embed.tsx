import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../components/use-t';
import { readPageOptions } from '../../lib/route/page-options';
import { APP_LINK } from '../../lib/route/route';
import { eachFrame, entryKey, viewRendered } from '../scroll-memory';
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
import './modes.css';

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
  const link = e.target instanceof Element ? e.target.closest(APP_LINK) : null;
  const key = entryKey();
  if (!link || !key || link.getAttribute('target') === '_blank') return;
  leftFrom.set(key, link.getBoundingClientRect().top + window.scrollY);
}

/**
 * Reports the content height to the embedding page on every change, and that another view has opened — on Back or
 * Forward to an entry left by a link, with the place to scroll to, once the view is rendered and tall enough.
 */
function useHostReports() {
  const send = useSendToHost();
  const reported = useRef(0);
  useEffect(() => {
    const report = () => {
      const h = contentHeight();
      if (Math.abs(h - reported.current) < 1) return;
      // While a view's code loads, the page is a one-line placeholder for a moment. Shrinking the iframe to it
      // made the host page shorter than its scroll position, so the browser scrolled it to the top of the host
      // page, away from the iframe the reader was in. The observer fires again when the view replaces it.
      if (h < reported.current && !viewRendered()) return;
      reported.current = h;
      send(heightMessage(h));
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    document.addEventListener('click', rememberTappedLink, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('click', rememberTappedLink, true);
    };
  }, [send]);
  const route = useRoute();
  const view = `${route.view}/${route.param ?? ''}`;
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const changed = shown.current !== null && shown.current !== view;
    shown.current = view;
    if (!changed) return;
    const key = entryKey();
    const y = key === null ? undefined : leftFrom.get(key);
    if (y === undefined) return send(viewMessage());
    // The host can scroll there once the iframe it sized is that tall, i.e. after the view's height was reported.
    return eachFrame(() => {
      if (!viewRendered() || reported.current < y) return false;
      send(viewMessage(Math.max(0, y - RETURN_MARGIN)));
      return true;
    });
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

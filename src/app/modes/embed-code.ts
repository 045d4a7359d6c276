import { escapeHtml } from '../../lib/format/html';

export interface EmbedOptions {
  /** The dashboard's address without query or hash, e.g. https://data.example.gov.cn/budget/ */
  base: string;
  /** The view to show (a hash of the URL contract). */
  hash: string;
  title: string;
  height: number;
  /** Keep the embed on this view; links elsewhere open the full dashboard. */
  lock: boolean;
  lang: 'zh' | 'en';
  unit: 'wan' | 'yuan' | 'yi';
  datasetId: string | null;
  /** The host page's origin, so height messages reach only it. */
  parentOrigin: string;
  withResizeScript: boolean;
  /**
   * The script also brings an iframe's top into view when its reader opens another view there and the top is
   * scrolled away (otherwise they land at the bottom of the new, shorter view), and on Back scrolls to the link the
   * reader left from.
   */
  scrollOnViewChange: boolean;
}

export function embedUrl(o: EmbedOptions): string {
  const q = new URLSearchParams({ mode: 'embed' });
  if (o.datasetId) q.set('ds', o.datasetId);
  if (o.lang === 'en') q.set('lang', 'en');
  if (o.unit !== 'wan') q.set('unit', o.unit);
  if (o.lock) q.set('lock', '1');
  if (o.parentOrigin) q.set('parentOrigin', o.parentOrigin);
  return `${o.base}?${q.toString()}${o.hash}`;
}

/** The <iframe> (and, optionally, the short resize script) a host page pastes in. */
export function embedCode(o: EmbedOptions): string {
  const iframe = `<iframe data-budget-dashboard src="${escapeHtml(embedUrl(o))}" title="${escapeHtml(o.title)}" loading="lazy" width="100%" height="${Math.round(o.height)}" style="border:0;max-width:100%" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  if (!o.withResizeScript) return iframe;
  const onView = o.scrollOnViewChange
    ? `
    if (d.type === 'budget-dashboard:view') {
      var top = f.getBoundingClientRect().top;
      if (typeof d.offset === 'number' && isFinite(d.offset)) window.scrollTo(0, window.scrollY + top + d.offset);
      else if (top < 0) f.scrollIntoView();
    }`
    : '';
  const script = `<script>
// Resizes each dashboard iframe on this page to its content: a message acts only on the iframe it came from.
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d) return;
  document.querySelectorAll('iframe[data-budget-dashboard]').forEach(function (f) {
    if (e.source !== f.contentWindow) return;
    if (d.type === 'budget-dashboard:height' && typeof d.height === 'number')
      f.style.height = Math.min(Math.max(d.height, 200), 20000) + 'px';${onView}
  });
});
</script>`;
  return `${iframe}\n${script}`;
}

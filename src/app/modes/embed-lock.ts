import { guardNavigation } from '../../lib/route/navigate';
import { isAppHash, parseHash } from '../../lib/route/route';
import { fullDashboardUrl } from './full-dashboard-url';

/**
 * lock=1 keeps an embed on one view: going anywhere else opens the full dashboard in a new tab instead. Navigation
 * starts either from a link — any link on the page, caught here — or from code, a click on a chart
 * (lib/navigation.ts); both are judged the same way. Returns what lifts the lock.
 */
export function lockView(hash: string): () => void {
  const locked = parseHash(hash).view;
  const leave = (url: string) => void window.open(url, '_blank', 'noopener');
  const toHash = (target: string) => {
    // Drill-down within the view (a 款 of the locked 类) stays in the iframe.
    if (parseHash(target).view === locked) return 'go';
    leave(fullDashboardUrl(target));
    return 'handled';
  };
  const onClick = (e: MouseEvent) => {
    const href = (e.target as Element | null)?.closest?.('a[href]')?.getAttribute('href') ?? '';
    if (isAppHash(href)) {
      if (toHash(href) === 'handled') e.preventDefault();
    } else if (href.startsWith('?')) {
      // Another dataset (?ds=…#/): another page altogether.
      e.preventDefault();
      leave(new URL(href, window.location.href).href);
    }
  };
  document.addEventListener('click', onClick, true);
  const unguard = guardNavigation(toHash);
  return () => {
    document.removeEventListener('click', onClick, true);
    unguard();
  };
}

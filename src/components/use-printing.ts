import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed, so a long table can render every row for paper and a chart not drawn yet can
 * show its table twin. `beforeprint` comes right before
 * the browser lays the page out for print, so the render is flushed inside the event (a scheduled one could come
 * too late). `print` media covers emulated printing (devtools, Playwright's emulateMedia), which sends no event.
 */
export function usePrinting(): boolean {
  // No window when the build prerenders the overview (scripts/prerender.tsx).
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia('print').matches,
  );
  useEffect(() => {
    const media = window.matchMedia('print');
    const set = (on: boolean) => flushSync(() => setPrinting(on));
    const onBefore = () => set(true);
    const onAfter = () => set(false);
    const onMedia = () => set(media.matches);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}

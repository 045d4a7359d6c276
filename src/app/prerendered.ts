import { useEffect } from 'react';
import type { PageOptions } from '../lib/route/page-options';
import { parseHash } from '../lib/route/route';

/** The attribute the build puts on #root when it holds the prerendered overview; its value is the dataset id. */
export const PRERENDER_MARK = 'data-prerendered';

/**
 * Whether the prerendered HTML is what this URL shows first: the overview of the default dataset, in Chinese, in
 * 万元, with the full chrome. Anything else (another view, English, embed, another dataset) must not flash it.
 */
export function showsPrerendered(root: Element, options: PageOptions, hash: string): boolean {
  const id = root.getAttribute(PRERENDER_MARK);
  if (!id) return false;
  const route = parseHash(hash);
  return (
    options.mode === 'normal' &&
    options.lang === 'zh' &&
    options.unit === 'wan' &&
    (options.datasetId === null || options.datasetId === id) &&
    route.view === 'overview' &&
    route.param === null &&
    [...route.query.keys()].length === 0
  );
}

/**
 * Called by the app's root once it has rendered: #root loses the mark, which tells styles and tests that the page
 * is live (before that, only plain links work).
 */
export function useMarkLive() {
  useEffect(() => {
    document.getElementById('root')?.removeAttribute(PRERENDER_MARK);
  }, []);
}

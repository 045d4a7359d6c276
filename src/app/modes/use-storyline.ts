import { useEffect, useMemo, useState } from 'react';
import type { PageOptions } from '../page-options';
import { DEFAULT_STORYLINE, isStepHash, type Step } from './storyline';

/** The presenter's steps: from the URL (step=…), from a JSON file next to the data (storyline=…), or the default. */
export function useStoryline(options: Pick<PageOptions, 'steps' | 'storyline'>): {
  steps: readonly Step[];
  error: string | null;
} {
  const [fromFile, setFromFile] = useState<{ steps: Step[] } | { error: string } | null>(null);
  useEffect(() => {
    if (!options.storyline || options.steps) return;
    let live = true;
    fetch(`data/${options.storyline}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((json: unknown) => {
        const raw = (json as { steps?: unknown }).steps;
        const steps = Array.isArray(raw)
          ? raw
              .filter((s): s is Step => typeof s?.hash === 'string' && isStepHash(s.hash))
              .map((s) => ({ hash: s.hash }))
          : [];
        if (live) setFromFile(steps.length ? { steps } : { error: options.storyline ?? '' });
      })
      .catch(() => live && setFromFile({ error: options.storyline ?? '' }));
    return () => {
      live = false;
    };
  }, [options.storyline, options.steps]);
  // The same steps keep the same array across renders: the presenter's step index is kept per storyline.
  const stepsKey = options.steps?.join('\n') ?? null;
  const fromUrl = useMemo(
    () => (stepsKey === null ? null : stepsKey.split('\n').map((hash) => ({ hash }))),
    [stepsKey],
  );
  if (fromUrl) return { steps: fromUrl, error: null };
  if (fromFile && 'steps' in fromFile) return { steps: fromFile.steps, error: null };
  return { steps: DEFAULT_STORYLINE, error: fromFile && 'error' in fromFile ? fromFile.error : null };
}

import { useEffect, useMemo, useState } from 'react';
import type { PageOptions } from '../../lib/route/page-options';
import { readStoryline, type StorylineFile } from './read-storyline';
import { DEFAULT_STORYLINE, type Step } from './storyline';

/** Why a storyline file gave no steps, for the presenter to say (with the file's name). */
export interface StorylineError {
  file: string;
  tooLarge: boolean;
}

/** The presenter's steps: from the URL (step=…), from a JSON file next to the data (storyline=…), or the default. */
export function useStoryline(options: Pick<PageOptions, 'steps' | 'storyline'>): {
  steps: readonly Step[];
  error: StorylineError | null;
} {
  const [fromFile, setFromFile] = useState<StorylineFile | null>(null);
  useEffect(() => {
    if (!options.storyline || options.steps) return;
    let live = true;
    fetch(`data/${options.storyline}`)
      .then(readStoryline)
      .catch((): StorylineFile => ({ error: 'failed' }))
      .then((result) => live && setFromFile(result));
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
  return {
    steps: DEFAULT_STORYLINE,
    error:
      fromFile && 'error' in fromFile
        ? { file: options.storyline ?? '', tooLarge: fromFile.error === 'tooLarge' }
        : null,
  };
}

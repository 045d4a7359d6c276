import { useCallback, useEffect, useState } from 'react';
import { resumeIndex, STEP_STATE_KEY, type Step, stepInHistory } from './storyline';

/**
 * The current step of a storyline, kept as state (-1 before the first step is shown), and the way to go to a step:
 * its view becomes the hash, and its history entry records the step (see STEP_STATE_KEY).
 */
export function useStepIndex(steps: readonly Step[]): [number, (i: number) => void] {
  const [at, setAt] = useState(() => ({
    steps,
    index: resumeIndex(steps, window.location.hash, window.history.state),
  }));
  let index = at.index;
  if (at.steps !== steps) {
    // A storyline read from a file replaces the default after the first render: resume within it.
    index = resumeIndex(steps, window.location.hash, window.history.state);
    setAt({ steps, index });
  }

  useEffect(() => {
    // Back/forward between the presenter's own entries returns to their steps; other entries leave the step as is.
    const onPop = () => {
      const recorded = stepInHistory(window.history.state, steps.length);
      if (recorded !== null) setAt({ steps, index: recorded });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [steps]);

  const go = useCallback(
    (i: number) => {
      const step = steps[i];
      if (!step) return;
      setAt({ steps, index: i });
      window.location.hash = step.hash; // a new history entry, unless the step shows the view already on screen
      window.history.replaceState(
        { ...(window.history.state as object | null), [STEP_STATE_KEY]: i },
        '',
        window.location.href,
      );
    },
    [steps],
  );
  return [index, go];
}

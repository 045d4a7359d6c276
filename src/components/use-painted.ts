import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from '../lib/after-paint';

/**
 * False on a part's first render, true once the page around it has painted — set in a transition, so a reader's
 * input comes first. For long parts below the fold: the view shows its first screen, then they fill in.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}

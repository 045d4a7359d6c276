import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from '../../lib/after-paint';

/** More than a screen of rows (a desktop row is ≈36 px, a phone's compact line ≈100 px). */
const FIRST_PAINT_ROWS = 20;

/**
 * How many of `total` rows a newly shown table renders: a screenful in the view's first paint, every row right
 * after it, in a transition React can interrupt for the reader's next input. Opening the 44-project pool then builds
 * 20 rows before its figures are on screen instead of 44 (≈790 elements); a table already on screen re-renders
 * all of its rows (a sort, a filter), as before.
 */
export function useFirstPaintRows(total: number): number {
  const [all, setAll] = useState(false);
  const partial = !all && total > FIRST_PAINT_ROWS;
  useEffect(() => {
    if (!partial) return;
    return afterPaint(() => startTransition(() => setAll(true)));
  }, [partial]);
  return partial ? FIRST_PAINT_ROWS : total;
}

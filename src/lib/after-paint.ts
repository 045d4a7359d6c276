/**
 * Runs `work` after the frame being prepared has been painted: a callback of the next animation frame schedules it
 * into the one after. Work that can wait (drawing a chart, scrolling the nav) then neither delays a view's figures
 * nor forces a layout of a view that is still being built — by then the browser has laid it out for the paint.
 * Returns a function that cancels it.
 */
export function afterPaint(work: () => void): () => void {
  let inner = 0;
  const outer = requestAnimationFrame(() => {
    inner = requestAnimationFrame(work);
  });
  return () => {
    cancelAnimationFrame(outer);
    cancelAnimationFrame(inner);
  };
}

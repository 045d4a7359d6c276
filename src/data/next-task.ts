/** Gives the browser a turn (input, paint) between slices of work, so no slice becomes a long task. */
export const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

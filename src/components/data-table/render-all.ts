/**
 * Up to this many rows a table renders them all (the 44 projects); past it, only those near the view (the 550
 * indicators, and the 72 of one 一级), which keeps opening and filtering the view quick. At 150 a filter to 72
 * cost indicators rendered all of them: ≈1,270 elements, 36–47 ms from the change to the paint; now ≈27 ms.
 */
export const RENDER_ALL_UP_TO = 50;

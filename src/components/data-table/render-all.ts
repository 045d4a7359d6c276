/**
 * Up to this many rows a table renders them all (the 44 projects, a region's 22 departments compared); past it,
 * only those near the view (the 550 indicators, the 72 of one 一级, a city's catalog), which keeps opening, sorting
 * and filtering quick. At 150 a filter to 72 cost indicators rendered all of them: ≈1,270 elements, 36–47 ms from
 * the change to the paint; now ≈27 ms. Below it, windowing costs more than it saves: finding its place on the page
 * and measuring the first row each force a layout of the whole table before the paint lays it out again.
 */
export const RENDER_ALL_UP_TO = 50;

/**
 * Room for the axis labels inside each chart's grid, in ECharts 6's own terms. ECharts 6 made `grid.containLabel`
 * legacy: without `use(LegacyGridContainLabel)` it logs "Specified `grid.containLabel` but no
 * `use(LegacyGridContainLabel)`; use `grid.outerBounds` instead" and, in 6.1, lays the grid out by outer bounds
 * (node_modules/echarts/lib/coord/cartesian/Grid.js, `Grid.prototype.resize`:
 * `layOutGridByOuterBounds(gridRect.clone(), 'axisLabel', null, …)`). These options ask for exactly that layout, so
 * the charts look as they did and nothing is logged: the outer bounds are the grid's own rectangle ('same'), only
 * axis labels are fitted in, and no minimum size (the fallback passes no clamp; the option's default keeps 25 %).
 * Apache Superset registers the legacy module instead (superset-frontend/plugins/plugin-chart-echarts/src/components/
 * Echart.tsx: "Superset chart options rely on `grid.containLabel`, which echarts 6 ignores … unless this legacy
 * feature is registered"); that brings back ECharts 5's layout, which these charts have not had since the move to 6.
 * Option reference: https://echarts.apache.org/en/option.html#grid.outerBoundsMode (the same migration:
 * kestra-io/kestra#17837).
 */
export const LABELS_INSIDE_GRID = {
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
  outerBoundsClampWidth: 0,
  outerBoundsClampHeight: 0,
} as const;

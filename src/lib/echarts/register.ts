// The single registration of the ECharts parts we use, tree-shaken from echarts/core. Loaded lazily with the
// chart component, so the first view's JavaScript does not wait for ECharts.
import { BarChart, SunburstChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// GridSimpleComponent: the grid without the axis pointer (≈8 KB gzip); our tooltip (chart-tip.ts) needs neither.
echarts.use([SunburstChart, BarChart, GridSimpleComponent, CanvasRenderer]);

export { echarts };

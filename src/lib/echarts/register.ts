// The single registration of the ECharts parts we use, tree-shaken from echarts/core. Loaded lazily with the
// chart component, so the first view's JavaScript does not wait for ECharts.
import { BarChart, SunburstChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([SunburstChart, BarChart, GridComponent, CanvasRenderer]);

export { echarts };

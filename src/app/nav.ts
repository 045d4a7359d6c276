import type { View } from './route';

export const NAV: ReadonlyArray<{ view: View; label: string }> = [
  { view: 'overview', label: '总览' },
  { view: 'functions', label: '功能分类' },
  { view: 'projects', label: '项目' },
  { view: 'indicators', label: '绩效指标' },
  { view: 'sangong', label: '三公经费' },
  { view: 'economic', label: '经济分类' },
  { view: 'procurement', label: '采购与资产' },
  { view: 'about', label: '部门概况' },
  { view: 'glossary', label: '名词解释' },
  { view: 'data', label: '数据' },
];

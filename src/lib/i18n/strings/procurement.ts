/** 采购与资产: procurement, administrative operating costs, state-owned assets. */
export const zh = {
  'procurement.title': '政府采购、机关运行经费与国有资产',
  'procurement.caption': '政府采购预算:按功能科目({unit})',
  'procurement.item': '科目',
  'procurement.total': '合计',
  'procurement.gpb': '一般公共预算',
  'procurement.byCategory': '按采购品目(说明 四)',
  'procurement.notTable': '政府采购预算表',
  'procurement.goods': '政府采购货物预算',
  'procurement.works': '政府采购工程预算',
  'procurement.services': '政府采购服务预算',
  'procurement.stop': '。',
  'procurement.reason': '主要原因:{reason}',
  'procurement.assets': '国有资产占有使用情况',
} as const;

/**
 * National classification codes (政府收支分类科目). Used to reject unknown codes in a dataset and, in the UI, to
 * name a 类 when a table prints only its code. Names as in the 2023 national list.
 */
export const FUNCTION_CLASSES: Readonly<Record<string, string>> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '227': '预备费',
  '229': '其他支出',
  '230': '转移性支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '233': '债务发行费用支出',
  '234': '抗疫特别国债安排的支出',
};

/** 部门预算支出经济分类 类. */
export const DEPARTMENT_ECONOMIC_CLASSES: Readonly<Record<string, string>> = {
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
  '307': '债务利息及费用支出',
  '309': '资本性支出(基本建设)',
  '310': '资本性支出',
  '311': '对企业补助(基本建设)',
  '312': '对企业补助',
  '313': '对社会保障基金补助',
  '399': '其他支出',
};

/** 政府预算支出经济分类 类. */
export const GOVERNMENT_ECONOMIC_CLASSES: Readonly<Record<string, string>> = {
  '501': '机关工资福利支出',
  '502': '机关商品和服务支出',
  '503': '机关资本性支出(一)',
  '504': '机关资本性支出(二)',
  '505': '对事业单位经常性补助',
  '506': '对事业单位资本性补助',
  '507': '对企业补助',
  '508': '对企业资本性支出',
  '509': '对个人和家庭的补助',
  '510': '对社会保障基金补助',
  '511': '债务利息及费用支出',
  '512': '债务还本支出',
  '513': '转移性支出',
  '514': '预备费及预留',
  '599': '其他支出',
};

/** The full code of a function row: 类 (3 digits) + 款 (2) + 项 (2), e.g. "2150599". */
export function functionCode(cls: string | null, kuan: string | null, xiang: string | null): string | null {
  if (!cls) return null;
  return `${cls}${kuan ?? ''}${kuan ? (xiang ?? '') : ''}`;
}

export type FunctionLevel = '类' | '款' | '项';

export function functionLevel(code: string): FunctionLevel {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

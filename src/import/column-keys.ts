import { SHAPE, type TableKind } from './table-kinds';

/**
 * Column keys from printed headers, most specific first. The keys are the dataset's (TABLE_COLUMNS in
 * src/data/schema-dataset.ts), so an imported table reads like the hand-checked one.
 */
const MONEY_KEYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/人员(经费|支出)/, 'personnel'],
  [/(日常)?公用(经费|支出)/, 'public'],
  [/上缴上级/, 'toSuperior'],
  [/对附属单位补助/, 'toAffiliated'],
  [/经营支出/, 'operatingExpense'],
  [/结转下年|年末结转/, 'carryForward'],
  [/单位预留机动/, 'reserve'],
  [/事业单位经营收入|^经营收入/, 'operating'],
  [/事业收入/, 'business'],
  [/上级补助/, 'superior'],
  [/附属单位上缴/, 'affiliated'],
  [/其他收入|其他资金/, 'other'],
  [/财政专户/, 'specialAccount'],
  [/用事业基金弥补|上年结转|结余/, 'carryover'],
  [/单位资金/, 'unitFunds'],
  [/国有资本经营/, 'stateCapital'],
  [/政府性基金/, 'govFund'],
  [/一般公共预算/, 'gpb'],
  [/财政拨款/, 'fiscal'],
  [/合计|总计|^金额$|^预算数$|^决算数$|^小计$|本年(收入|支出)合计/, 'total'],
];

const SANGONG_KEYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/机关运行经费/, 'operatingCosts'],
  [/因公出国/, 'abroad'],
  [/接待/, 'reception'],
  [/购置费|购置$/, 'vehiclePurchase'],
  [/运行(维护)?费/, 'vehicleOperation'],
  [/会议费/, 'meetings'],
  [/培训费/, 'training'],
  [/公务用车购置及运行/, 'vehicle'],
  [/合计|总计/, 'total'],
];

/** A key for each money column of a table; repeats and unknown headers get numbered keys. */
export function moneyKeys(
  kind: TableKind,
  columns: ReadonlyArray<{ label: string; group: string }>,
): string[] {
  // An economic table with one amount column prints its total, whatever the header says (Jiangsu 2019 heads it
  // 基本支出: the table is the 基本支出).
  if (columns.length === 1 && SHAPE[kind] === 'economic') return ['total'];
  const used = new Set<string>();
  return columns.map((c, i) => {
    const key = keyFor(kind, c.label, c.group, columns, i) ?? (columns.length === 1 ? 'total' : `c${i + 1}`);
    let k = key;
    for (let n = 2; used.has(k); n++) k = `${key}${n}`;
    used.add(k);
    return k;
  });
}

function keyFor(
  kind: TableKind,
  label: string,
  group: string,
  columns: ReadonlyArray<{ label: string; group: string }>,
  i: number,
): string | undefined {
  if (kind === 'sangong') {
    // 小计 is the vehicle subtotal under 公务用车…, or the “三公” subtotal when 会议费/培训费 share the table.
    // 小计 set vertically, a character a line, comes apart: 小 as the group and 计 as the label, or 小 alone.
    if (/^小计$/.test(label) || `${group.slice(-1)}${label}` === '小计' || label === '小') {
      const n = columns[i + 1];
      const next = n ? n.group + n.label : '';
      if (/公务用车/.test(group) || /购置|运行/.test(next)) return 'vehicle';
      return 'sangongTotal';
    }
    for (const [re, key] of SANGONG_KEYS) if (re.test(label)) return key;
    // Jiangsu wraps a header with a wide line gap, so its first half reads as the group: 因公出国 / (境)费,
    // 公务接 / 待费, 公务用车运 / 行维护费 — or the label is only the column number (第3列). Read them together.
    for (const [re, key] of SANGONG_KEYS) if (key !== 'total' && re.test(`${group}${label}`)) return key;
    return undefined;
  }
  // The 机关运行经费 table's one amount column is headed 机关运行经费支出: its total.
  if (kind === 'operatingCosts' && /^机关运行经费(支出)?(预算数?)?$/.test(label)) return 'total';
  for (const [re, key] of MONEY_KEYS) if (re.test(label)) return key;
  // A header wrapped with a wide line gap reads as group + label (基 / 本支出, 项目 / 支出): read them together.
  for (const [re, key] of MONEY_KEYS) if (key !== 'total' && re.test(`${group}${label}`)) return key;
  return undefined;
}

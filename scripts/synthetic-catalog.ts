/**
 * A SYNTHETIC city for the catalog views: 4 regions × 50 departments × 5 years = 1,000 department-years, ten of
 * each region's bodies published both as 部门 and as 单位 (as 商务委 and 政府办 are in the corpus). Never real: the
 * catalog says `"synthetic": true`, every region is a 合成省…市 and every title says 合成数据. Summaries carry
 * generated figures in 万元 as decimal strings: 类 totals add up exactly to the total, 基本 + 项目 = total.
 * Deterministic (a seeded generator), so two runs write the same bytes.
 */
import type { Catalog, CatalogEntry } from '../src/data/schema-catalog';
import { FUNCTION_CLASSES } from '../src/domain/classification';

export const REGIONS = ['合成省甲市', '合成省乙市', '合成省丙市', '合成省丁市'];
export const YEARS = [2021, 2022, 2023, 2024, 2025];

/**
 * 类 of the 政府收支分类科目 (支出功能分类) a city's departments spend on: the national list less 外交, 援助其他地区 and
 * the 类 that are not a department's own (国有资本经营预算, 预备费, transfers and debt service).
 */
const NOT_A_DEPARTMENTS = ['202', '219', '223', '227', '230', '231', '232', '233', '234'];
const CLASSES: Record<string, string> = Object.fromEntries(
  Object.entries(FUNCTION_CLASSES).filter(([code]) => !NOT_A_DEPARTMENTS.includes(code)),
);

/** A city's bodies and the 类 most of their money goes to; the first ten also publish a 单位 budget. */
const BODIES: Array<[string, string]> = [
  ['教育局', '205'],
  ['公安局', '204'],
  ['财政局', '201'],
  ['民政局', '208'],
  ['人力资源和社会保障局', '208'],
  ['卫生健康委员会', '210'],
  ['住房和城乡建设局', '212'],
  ['交通运输局', '214'],
  ['农业农村局', '213'],
  ['商务局', '216'],
  ['自然资源和规划局', '220'],
  ['生态环境局', '211'],
  ['水利局', '213'],
  ['文化和旅游局', '207'],
  ['退役军人事务局', '208'],
  ['应急管理局', '224'],
  ['审计局', '201'],
  ['市场监督管理局', '201'],
  ['统计局', '201'],
  ['医疗保障局', '210'],
  ['城市管理局', '212'],
  ['体育局', '207'],
  ['司法局', '204'],
  ['科学技术局', '206'],
  ['工业和信息化局', '215'],
  ['发展和改革委员会', '201'],
  ['大数据局', '215'],
  ['人民防空办公室', '203'],
  ['粮食和物资储备局', '222'],
  ['地方金融监督管理局', '217'],
  ['机关事务管理局', '201'],
  ['信访局', '201'],
  ['行政审批服务局', '201'],
  ['住房公积金管理中心', '221'],
  ['人民医院', '210'],
  ['第一中学', '205'],
  ['疾病预防控制中心', '210'],
  ['人民法院', '204'],
  ['人民检察院', '204'],
  ['人民政府办公室', '201'],
];
const WITH_UNIT = 10;
/** Shared by nearly every department: staff pensions, medical insurance, housing funds. */
const COMMON = ['208', '210', '221'];

/** Deterministic pseudo-random numbers (the LCG of generate-synthetic.ts). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Splits `fen` into `weights.length` non-negative integer parts in proportion, adding up exactly. */
function split(fen: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((w / sum) * fen));
  parts[0]! += fen - parts.reduce((a, b) => a + b, 0);
  return parts;
}

function summary(
  rand: () => number,
  size: number,
  main: string,
  year: number,
): NonNullable<CatalogEntry['summary']> {
  // Budgets grow a few per cent a year, some shrink.
  const fen = Math.round(size * (1 + 0.04 * (year - YEARS[0]!)) * (0.9 + 0.2 * rand()) * 100);
  const basic = Math.round(fen * (0.25 + 0.6 * rand()));
  const extra = Object.keys(CLASSES).filter((c) => c !== main && !COMMON.includes(c));
  const codes = [main, ...COMMON.filter((c) => c !== main)];
  for (let i = Math.floor(rand() * 4); i > 0; i--) codes.push(extra[Math.floor(rand() * extra.length)]!);
  const unique = [...new Set(codes)];
  const parts = split(
    fen,
    unique.map((_, i) => (i === 0 ? 6 + 10 * rand() : 0.2 + rand())),
  );
  const functions: Record<string, { name: string; total: string }> = {};
  unique.forEach((code, i) => (functions[code] = { name: CLASSES[code]!, total: yuan(parts[i]!) }));
  const sangong = Math.round((50 + 3000 * rand()) * (size > 5000 ? 2 : 1));
  return {
    income: yuan(fen),
    total: yuan(fen),
    basic: yuan(basic),
    project: yuan(fen - basic),
    // Some documents print no 三公 table or no 机关运行经费 figure.
    sangong: rand() < 0.04 ? null : yuan(sangong),
    operatingCosts: rand() < 0.06 ? null : yuan(Math.round(basic * (0.02 + 0.08 * rand()))),
    functions,
    problems: {
      blocks: rand() < 0.1 ? 1 + Math.floor(rand() * 3) : 0,
      warns: Math.floor(rand() * 4),
      notes: Math.floor(rand() * 3),
    },
  };
}

/** The 1,000 entries, each with the file name its stand-in dataset is written under. */
export function syntheticCatalog(): Catalog & { synthetic: true } {
  const datasets: CatalogEntry[] = [];
  REGIONS.forEach((region, r) =>
    BODIES.forEach(([body, main], b) => {
      const scopes = b < WITH_UNIT ? (['部门', '单位'] as const) : (['部门'] as const);
      for (const scope of scopes) {
        const rand = rng(1 + r * 1000 + b * 10 + (scope === '单位' ? 5 : 0));
        // Sizes from 300 万元 to 300,000 万元 (log-uniform), a 单位 budget a part of its 部门's.
        const size = 300 * 1000 ** rand() * (scope === '单位' ? 0.6 : 1);
        for (const year of YEARS) {
          const id = `synthetic-r${r + 1}-b${String(b + 1).padStart(2, '0')}${scope === '单位' ? '-unit' : ''}-${year}`;
          datasets.push({
            id,
            department: { code: `S${r + 1}${String(b + 1).padStart(2, '0')}`, name: `${region}${body}` },
            year,
            unit: '万元',
            kind: 'budget',
            file: `${id}.json`,
            sourceTitle: `${year}年${region}${body}${scope}预算(合成数据,用于性能测试,非真实预算)`,
            region,
            scope,
            summary: summary(rand, size, main, year),
          });
        }
      }
    }),
  );
  return {
    $schema: './catalog.schema.json',
    formatVersion: 1,
    synthetic: true,
    defaultDataset: datasets[0]!.id,
    datasets,
  };
}

// npx tsx scripts/generate-synthetic.ts [--departments 150] [--projects 60] [--indicators 25] [--out dir]
// Writes a SYNTHETIC catalog of department-years for benchmarks and scale tests — never real data: every file is
// marked synthetic, every department is named 合成部门, and the catalog entries carry "synthetic": true (the UI
// hides them). Each file is built from the 2023 bureau budget with its projects replaced by generated ones whose
// amounts add up exactly to the published project total, so every file validates and reconciles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = new Map<string, string>();
process.argv.slice(2).forEach((a, i, all) => a.startsWith('--') && args.set(a.slice(2), all[i + 1] ?? ''));
const departments = Number(args.get('departments') ?? 150);
const projectsPer = Number(args.get('projects') ?? 60);
const indicatorsPer = Number(args.get('indicators') ?? 25);
const out = resolve(args.get('out') ?? 'bench/synthetic');

const template = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../public/data/weifang-big-data-bureau-2023.json'), 'utf8'),
);

/** Deterministic pseudo-random numbers, so a run is reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Splits `cents` into `n` positive integer parts. */
function split(cents: number, n: number, rand: () => number): number[] {
  const w = Array.from({ length: n }, () => 0.2 + rand());
  const sumW = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.max(1, Math.floor((x / sumW) * cents)));
  parts[0]! += cents - parts.reduce((a, b) => a + b, 0);
  return parts;
}

const TARGETS = [
  '≥95%',
  '=100%',
  '≤{m}万元',
  '=1套',
  '优',
  '≥{n}个',
  '≤2小时',
  '2023年6月30日',
  '良',
  '系统运行稳定',
];
const LEVELS = [
  ['成本指标', '经济成本指标'],
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

function department(k: number) {
  const rand = rng(k + 1);
  const d = structuredClone(template);
  const id = `synthetic-dept-${String(k).padStart(3, '0')}-2023`;
  const fiscalRows = template.tables.projects.rows.filter(
    (r: { id: string; cells: { fiscal: string | null } }) => r.id !== 'total' && r.cells.fiscal,
  );
  const unitRow = template.tables.projects.rows.find((r: { id: string }) => r.id === 'p08');
  const fiscalCents = Math.round(Number(template.tables.projects.rows[0].cells.fiscal) * 100);
  const amounts = split(fiscalCents, projectsPer - 1, rand);
  const rows = [
    template.tables.projects.rows[0],
    { ...unitRow, id: 'p01', cells: { ...unitRow.cells, name: '合成项目 单位资金' } },
    ...amounts.map((c, i) => {
      const v = (c / 100).toFixed(2);
      const base = fiscalRows[i % fiscalRows.length];
      return {
        id: `p${String(i + 2).padStart(2, '0')}`,
        line: base.line,
        cells: { ...base.cells, name: `合成项目 ${k}-${i + 2}`, total: v, fiscal: v, gpb: v },
      };
    }),
  ];
  d.tables.projects.rows = rows;
  d.id = id;
  d.department = { code: `9${String(k).padStart(3, '0')}`, name: `合成部门 ${k}(合成数据,非真实预算)` };
  d.source = {
    title: `合成数据 ${id}(用于性能测试,非真实预算)`,
    file: template.source.file,
    note: 'SYNTHETIC',
  };
  d.attributions = [
    { projectId: 'p01', functionCode: '2299999', reason: '合成数据:唯一使用单位资金的项目。' },
  ];
  d.corrections = [];
  for (const f of d.notes.facts)
    if (f.id === 'performance.projects' || f.id === 'performance.evaluatedProjects')
      f.value = String(projectsPer);
  d.performance = rows.slice(2).map((r: { id: string; line: number; cells: { total: string } }) => ({
    projectId: r.id,
    printedName: '',
    lines: [r.line, r.line],
    match: '合成数据',
    department: { code: d.department.code, name: d.department.name, line: r.line },
    implementingUnit: { name: d.department.name, line: r.line },
    funds: {
      total: { value: r.cells.total, line: r.line },
      fiscal: { value: r.cells.total, line: r.line },
      other: { value: '0.00', line: r.line },
    },
    goals: [{ text: `目标1:合成目标 ${r.id}`, line: r.line }],
    damage: [],
    indicators: Array.from({ length: indicatorsPer }, (_, j) => {
      const [level1, level2] = LEVELS[j % LEVELS.length]!;
      const target = TARGETS[Math.floor(rand() * TARGETS.length)]!.replace('{m}', r.cells.total).replace(
        '{n}',
        String(1 + Math.floor(rand() * 100)),
      );
      return { level1, level2, name: `合成指标 ${j + 1}`, target, line: r.line };
    }),
  }));
  return d;
}

mkdirSync(out, { recursive: true });
const entries = [];
for (let k = 1; k <= departments; k++) {
  const d = department(k);
  const file = `${d.id}.json`;
  writeFileSync(join(out, file), JSON.stringify(d));
  entries.push({
    id: d.id,
    department: d.department,
    year: 2023,
    unit: '万元',
    file,
    sourceTitle: d.source.title,
    synthetic: true,
  });
}
writeFileSync(
  join(out, 'catalog.json'),
  JSON.stringify({ formatVersion: 1, defaultDataset: entries[0]?.id, datasets: entries }, null, 1),
);
console.log(
  `wrote ${departments} synthetic department files (${projectsPer} projects × ${indicatorsPer} indicators each) and catalog.json to ${out}`,
);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawDataset, RawPerformanceTable } from './schema-dataset';
import { ROOT, SHIPPED } from './testing/broken-cases';

// Checks the dataset against the document: every text must be read, cell for cell, on the source line it cites, once
// the normalisation the file states (`normalization`) is applied — unless a correction records why it differs. A
// value found merely somewhere on its line, or somewhere in the document, is not enough: a stray character dropped at
// the edge of a cell, or a text cited at the wrong line, is a difference the corrections must list.
const source = readFileSync(
  join(ROOT, 'public/data/source/weifang-big-data-bureau-2023-department-budget.txt'),
  'utf8',
);
const lines = source.split('\n');
const raw = JSON.parse(readFileSync(SHIPPED, 'utf8')) as RawDataset;
const corrected = new Set(raw.corrections.map((c) => c.path));

// The stated normalisation, as code. Rules 1–3 remove only whitespace (and keep it, as fragment separators, in
// damaged texts), so whitespace is never compared; rule 3 also joins the cells one cell was cut into (a run of
// consecutive cells, possibly going on over the following lines); rule 4 (merged cells) is the label test's; rule 5
// drops layout marks, numbering (kept in its own field), labels printed inside a data cell and the 主管部门 code.
const bare = (s: string) => s.replace(/\s/g, '');
const IN_CELL_LABEL = new RegExp(
  `项目名称|主管部门及代码|实施单位|年度总体绩效目标|\\[${raw.department.code}\\]`,
);
const pieces = (n: number): string[] =>
  (lines[n - 1] ?? '')
    .replace(/^\s*- /, '')
    .replaceAll('**', '')
    .split('\t')
    .flatMap((cell) => cell.split(IN_CELL_LABEL))
    .map(bare)
    .filter((p) => p !== '');
/** Several goals printed in one cell are split at their numbers (rule 5). */
const goalPieces = (n: number) => pieces(n).flatMap((p) => p.split(/(?=目标\d+[::])/));

/** Whether `value` is a run of consecutive pieces that starts on line `n` (and may go on over the next lines). */
function readsAt(value: string, n: number, cut: (n: number) => string[] = pieces): boolean {
  const want = bare(value);
  const first = cut(n);
  const after = Array.from({ length: 6 }, (_, k) => cut(n + 1 + k)).flat();
  return first.some((_, i) => {
    let acc = '';
    for (const p of [...first.slice(i), ...after]) {
      acc += p;
      if (acc === want) return true;
      if (!want.startsWith(acc)) return false;
    }
    return false;
  });
}

type Text = { path: string; value: string; line: number; goal?: boolean };

function performanceTexts(t: RawPerformanceTable, i: number): Text[] {
  const p = `performance[${i}]`;
  const out: Text[] = [
    { path: `${p}.printedName`, value: t.printedName, line: t.lines[0] },
    { path: `${p}.department.name`, value: t.department.name, line: t.department.line },
    { path: `${p}.implementingUnit.name`, value: t.implementingUnit.name, line: t.implementingUnit.line },
  ];
  for (const k of ['total', 'fiscal', 'other'] as const)
    out.push({ path: `${p}.funds.${k}.value`, value: t.funds[k].value ?? '', line: t.funds[k].line });
  t.goals.forEach((g, j) =>
    out.push({ path: `${p}.goals[${j}].text`, value: g.text, line: g.line, goal: true }),
  );
  t.indicators.forEach((r, j) => {
    for (const k of ['name', 'target'] as const)
      out.push({ path: `${p}.indicators[${j}].${k}`, value: r[k], line: r.line });
  });
  return out;
}

const unread = (texts: Text[]) =>
  texts
    .filter((x) => x.value !== '' && !corrected.has(x.path))
    .filter((x) => !readsAt(x.value, x.line, x.goal ? goalPieces : pieces))
    .map((x) => `${x.path} = ${x.value.slice(0, 40)} (line ${x.line})`);

const damageAt = (t: RawPerformanceTable, path: string) => t.damage.find((d) => d.path === path);
const tableOf = (projectId: string) => {
  const t = raw.performance.find((x) => x.projectId === projectId);
  if (!t) throw new Error(`no performance table for ${projectId}`);
  return t;
};

describe('traceability to the source text', () => {
  it('states the normalisation this check applies, and that corrections list everything else', () => {
    const stated = raw.normalization.join('\n');
    for (const rule of ['数字内部', '空白不计为差异', '按顺序连接', '合并单元格', '排版符号', '栏目标签'])
      expect(stated).toContain(rule);
    expect(raw.normalization.at(-1)).toContain('corrections');
  });

  it('reads every table cell on the line it cites, cell for cell', () => {
    const texts: Text[] = [];
    for (const [tid, table] of Object.entries(raw.tables)) {
      table?.rows.forEach((row, i) => {
        for (const [key, value] of Object.entries(row.cells))
          if (value !== null && value !== undefined)
            texts.push({ path: `tables.${tid}.rows[${i}].cells.${key}`, value, line: row.line ?? 0 });
      });
      if (table?.note)
        texts.push({ path: `tables.${tid}.note.text`, value: table.note.text, line: table.note.line ?? 0 });
    }
    expect(unread(texts)).toEqual([]);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('reads every performance-table name, unit, amount, goal, indicator name and target on the line it cites', () => {
    const texts = raw.performance.flatMap(performanceTexts);
    expect(unread(texts)).toEqual([]);
    expect(texts.length).toBeGreaterThan(1200);
  });

  it('reads every 一级/二级指标 label in its table, with nothing else dropped from the cell it is read from', () => {
    const labels = new Set(raw.performance.flatMap((t) => t.indicators.flatMap((r) => [r.level1, r.level2])));
    const problems: string[] = [];
    raw.performance.forEach((t, i) => {
      const inTable = Array.from({ length: t.lines[1] - t.lines[0] + 1 }, (_, k) => pieces(t.lines[0] + k));
      const readByCorrection = new Set(
        raw.corrections
          .filter((c) => c.path.startsWith(`performance[${i}].indicators[`) && /\.level[12]$/.test(c.path))
          .map((c) => c.value),
      );
      t.indicators.forEach((r, j) => {
        const printedHere = raw.corrections
          .filter((c) => c.path.startsWith(`performance[${i}].indicators[${j}].`))
          .map((c) => bare(c.printed));
        for (const key of ['level1', 'level2'] as const) {
          const path = `performance[${i}].indicators[${j}].${key}`;
          const label = bare(r[key]);
          if (corrected.has(path)) continue;
          // Printed once in the table (rule 4: a merged cell), or read by a correction of another cell of it; a long
          // label may wrap onto the next line.
          const printed =
            readByCorrection.has(r[key]) ||
            inTable.some(
              (ps, k) =>
                ps.some((p) => p.includes(label)) ||
                ps.some((p) => (inTable[k + 1] ?? []).some((q) => (p + q).includes(label))),
            );
          if (!printed) problems.push(`${path} = ${r[key]}: not printed in lines ${t.lines.join('–')}`);
          // A cell on its own line that holds the label holds nothing else (or is another field's cell).
          for (const p of pieces(r.line))
            if (
              p.includes(label) &&
              !labels.has(p) &&
              p !== bare(r.level1 + r.level2) &&
              !bare(r.name).includes(p) &&
              !p.includes(bare(r.name) || '\u0000') &&
              !p.includes(bare(r.target) || '\u0000') &&
              !printedHere.includes(p)
            )
              problems.push(`${path} = ${r[key]}: line ${r.line} prints "${p}"`);
        }
      });
    });
    expect(problems).toEqual([]);
  });

  it('reads every overview, notes, glossary and special-matters text on the line it cites', () => {
    const o = raw.overview;
    if (!o || !raw.specialMatters)
      throw new Error('the hand-checked dataset has an overview and special matters');
    const texts: Text[] = [
      { path: 'overview.title.text', value: o.title.text, line: o.title.line },
      { path: 'overview.unitsIntro.text', value: o.unitsIntro.text, line: o.unitsIntro.line },
      { path: 'specialMatters.text', value: raw.specialMatters.text, line: raw.specialMatters.line },
      // Numbered items: the number is kept in its own field (rule 5), the line prints number and text together.
      ...o.duties.map((x, i) => ({ path: `overview.duties[${i}]`, value: x.number + x.text, line: x.line })),
      ...o.units.map((x, i) => ({
        path: `overview.units[${i}]`,
        value: `${x.number}、${x.name}`,
        line: x.line,
      })),
      ...raw.glossary.map((g, i) => ({
        path: `glossary[${i}]`,
        value: `${g.number}、${g.term}:${g.definition}`,
        line: g.line,
      })),
      ...raw.notes.sections.flatMap((s, i) => [
        { path: `notes.sections[${i}].heading`, value: s.heading, line: s.line ?? 0 },
        ...s.paragraphs.map((p, j) => ({
          path: `notes.sections[${i}].paragraphs[${j}].text`,
          value: p.text,
          line: p.line ?? 0,
        })),
      ]),
    ];
    expect(unread(texts)).toEqual([]);
  });

  it('finds every stated fact’s quote on its line', () => {
    const missing = raw.notes.facts
      .filter((f) => !bare(lines[(f.line ?? 0) - 1] ?? '').includes(bare(f.quote)))
      .map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it('finds what every correction says was printed on the line it cites', () => {
    const misplaced = raw.corrections
      .filter((c) => c.printed.trim() !== '')
      .filter((c) => {
        const words = c.printed.split(/\s+/).map(bare).filter(Boolean);
        const here = bare(lines[c.line - 1] ?? '');
        const span = bare(
          lines.slice(c.line - 1, c.line + 1 + (c.printed.match(/\n/g)?.length ?? 0)).join(''),
        );
        return !here.includes(words[0] ?? '') || !words.every((w) => span.includes(w));
      })
      .map((c) => `${c.id} (line ${c.line}): ${c.printed.slice(0, 20)}`);
    expect(misplaced).toEqual([]);
  });

  it('reads every line of a goals cell into a goal of its table', () => {
    const isLabel = (p: string) => '年度总体绩效目标'.includes(p) || p === '年月';
    const dropped: string[] = [];
    for (const t of raw.performance) {
      const header = Array.from({ length: 12 }, (_, k) => t.funds.other.line + 1 + k).find((n) =>
        (lines[n - 1] ?? '').includes('一级指标'),
      );
      if (!header) throw new Error(`${t.projectId}: no indicator header after line ${t.funds.other.line}`);
      const goals = t.goals.map((g) => bare(g.text));
      const printed = raw.corrections
        .filter((c) => c.path.startsWith(`performance[${raw.performance.indexOf(t)}].goals[`))
        .map((c) => bare(c.printed));
      for (let n = t.funds.other.line + 1; n < header; n++) {
        if (t.goals.some((g) => g.line === n)) continue;
        const unused = pieces(n).filter(
          (p) => !isLabel(p) && !goals.some((g) => g.includes(p)) && !printed.some((q) => q.includes(p)),
        );
        if (unused.length) dropped.push(`${t.projectId} line ${n}: ${unused.join(' | ')}`);
      }
    }
    expect(dropped).toEqual([]);
  });
});

describe('marks what the dataset infers rather than reads', () => {
  it('marks p36’s 质量指标 as inferred: its table prints no 二级指标 between 数量指标 (1207) and 时效指标 (1218)', () => {
    const level2 = /(数量|质量|时效|成本|效益|满意度)指标/;
    expect(pieces(1207)).toContain('数量指标');
    expect(pieces(1218)).toContain('时效指标');
    for (let n = 1208; n <= 1217; n++) expect(pieces(n).filter((p) => level2.test(p))).toEqual([]);
    // The same indicators are printed under 质量指标 in p41 (1330–1333) and p43 (1367–1369).
    expect(pieces(1330)).toContain('质量指标');
    expect(pieces(1367)).toContain('质量指标');
    const quality = {
      1213: '系统验收合格率',
      1214: '政府采购率',
      1215: '系统运行维护响应时间',
      1216: '系统故障修复响应时间',
      1217: '系统正常运行率',
    };
    for (const [n, name] of Object.entries(quality)) expect(pieces(Number(n)).join('')).toContain(name);

    const t = tableOf('p36');
    const rows = t.indicators.map((r, j) => ({ r, j })).filter(({ r }) => r.line >= 1208 && r.line <= 1217);
    expect(rows).toHaveLength(10);
    for (const { r, j } of rows) {
      if (r.line in quality) {
        expect(r.name).toBe(quality[r.line as keyof typeof quality]);
        expect(r.level2).toBe('质量指标');
      }
      // Any 二级指标 other than the 数量指标 carried down from line 1207 is the dataset's inference, and says so.
      if (r.level2 !== '数量指标')
        expect(damageAt(t, `indicators[${j}].level2`)?.kind, r.name).toBe('inferred');
    }
  });

  it('leaves no ≪ in a target unmarked; the four the extraction prints read ≤, each corrected and marked', () => {
    const unmarked = raw.performance.flatMap((t) =>
      t.indicators
        .map((r, j) => ({ r, j }))
        .filter(({ r, j }) => r.target.includes('≪') && !damageAt(t, `indicators[${j}].target`))
        .map(({ r }) => `${t.projectId} line ${r.line}: ${r.target}`),
    );
    expect(unmarked).toEqual([]);

    const printed = lines.flatMap((l, i) => (l.includes('≪') ? [i + 1] : []));
    expect(printed).toEqual([890, 1216, 1279, 1368]);
    for (const n of printed) {
      const i = raw.performance.findIndex((t) => t.indicators.some((r) => r.line === n));
      const t = raw.performance[i];
      const j = t?.indicators.findIndex((r) => r.line === n) ?? -1;
      const r = t?.indicators[j];
      const read = pieces(n).find((p) => p.includes('≪'));
      expect(r?.target, `line ${n}`).toBe(read?.replace('≪', '≤'));
      const c = raw.corrections.find((x) => x.path === `performance[${i}].indicators[${j}].target`);
      expect(c?.printed, `line ${n}`).toContain('≪');
      expect(c?.line).toBe(n);
      expect(t && damageAt(t, `indicators[${j}].target`)?.note, `line ${n}`).toContain(c?.id ?? '?');
    }
  });

  it('marks every text a correction completed with characters the extraction does not show', () => {
    // From the source: what each line prints, and what the dataset had to add to it.
    const completed = [
      { line: 961, printed: '大幅提升 章应用水平', added: '营商环境:大幅提升潍坊市电子印章' },
      { line: 1009, printed: '1: 尽可能汇集全市疫情防控相关数据', added: '目标1:尽可能' },
      { line: 1011, printed: '成本控制金', added: '成本控制金额' },
      { line: 1120, printed: '线上推广沿', added: '线上推广活动' },
      { line: 1121, printed: '线下推广沿', added: '线下推广活动' },
      { line: 1122, printed: '政府部门港', added: '政府部门满意度' },
      { line: 1123, printed: '用户使用满', added: '用户使用满意度' },
    ];
    for (const x of completed) {
      expect(lines[x.line - 1], `line ${x.line}`).toContain(x.printed);
      expect(
        pieces(x.line).filter((p) => p.includes(x.added)),
        `line ${x.line}`,
      ).toEqual([]);
      const found = raw.performance.flatMap((t, i) =>
        performanceTexts(t, i)
          .filter((f) => f.line === x.line && bare(f.value).includes(x.added))
          .map((f) => ({ t, sub: f.path.replace(/^performance\[\d+\]\./, ''), path: f.path })),
      );
      expect(found, `line ${x.line}`).toHaveLength(1);
      const [{ t, sub, path }] = found as [(typeof found)[number]];
      const c = raw.corrections.find((y) => y.path === path);
      expect(c?.line, path).toBe(x.line);
      const mark = damageAt(t, sub);
      expect(mark?.kind, path).toBe('inferred');
      expect(mark?.note, path).toContain(c?.id ?? '?');
    }
  });
});

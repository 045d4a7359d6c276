// The floor: a static page with the same headline numbers and no JavaScript — what "fast" can mean at best.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/domain/model';
import { overviewFigures } from '../../src/domain/overview';
import { formatMoney } from '../../src/lib/format/number';

export function writeFloorPage(d: Dataset, dir: string) {
  const f = overviewFigures(d);
  const kpi = (label: string, v: { value: import('decimal.js').default }) =>
    `<section><h2>${label}</h2><p class="v">${formatMoney(v.value)} <span>万元</span></p></section>`;
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>floor</title>
<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:0;background:#f6f7f9;color:#1b2330}header{background:#0f2742;color:#fff;padding:1rem}main{max-width:1200px;margin:0 auto;padding:1rem}.k{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:.75rem}section{background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:1rem}h2{font-size:.95rem;margin:0;color:#5a6472}.v{font-size:1.7rem;font-weight:700;margin:.2rem 0}</style></head>
<body><header>${d.department.name} ${d.year}年部门预算</header><main><h1>${d.department.name}${d.year}年部门预算总览</h1><div class="k">
${kpi('收支总预算', f.expenditure)}${kpi('收入预算', f.income)}${kpi('基本支出', f.basic)}${kpi('项目支出', f.project)}${kpi('“三公”经费', f.sangong)}${kpi('政府采购预算', f.procurement)}
</div></main></body></html>`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
}

import { useMemo } from 'react';
import { Amount, useUnitLabel } from '../../components/Amount';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { SourceLink } from '../../components/SourceLink';
import { findFunction, functionPath, functionTree, type FunctionNode } from '../../domain/functions';
import Decimal from 'decimal.js';
import { apportion, share, ZERO } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { cell, findRow } from '../../domain/table';
import { formatMoney, formatPercent } from '../../lib/format/number';
import { useUiStore } from '../../store/ui-store';
import { FunctionDetail } from './FunctionDetail';
import { barOrder, functionBarOption } from './function-bar-option';
import type { FunctionRow } from './function-columns';
import { FunctionTreeTable } from './FunctionTreeTable';

export interface FunctionsViewProps {
  dataset: Dataset;
  code: string | null;
  sort: string | null;
  onSortChange: (s: string | null) => void;
}

export function FunctionsView({ dataset, code, sort, onSortChange }: FunctionsViewProps) {
  const unit = useUiStore((s) => s.unit);
  const unitLabel = useUnitLabel();
  const roots = useMemo(() => functionTree(dataset), [dataset]);
  const total = cell(findRow(dataset.tables.expenditure, 'total'), 'total');
  const rows = useMemo(() => {
    // Shares add up: 类 to 100.00%, each level's children to their parent's share (largest remainder).
    const level = (nodes: FunctionNode[], parentShare: Decimal): FunctionRow[] => {
      const parts =
        apportion(
          nodes.map((n) => n.total),
          parentShare,
          2,
        ) ?? [];
      return nodes.map((n, i) => ({
        ...n,
        share: parts[i] ?? ZERO,
        subRows: level(n.children, parts[i] ?? ZERO),
      }));
    };
    return level(roots, new Decimal(100));
  }, [roots]);
  const selected = code ? findFunction(roots, code) : undefined;
  const level = useMemo(
    () => (selected ? (selected.children.length ? selected.children : [selected]) : roots),
    [selected, roots],
  );
  const option = useMemo(
    () => functionBarOption(level, (v) => `${formatMoney(v, unit)} ${unitLabel}`),
    [level, unit, unitLabel],
  );
  const path = selected ? functionPath(roots, selected.code) : [];
  const chartTitle = selected
    ? `${selected.code} ${selected.name}${selected.children.length ? ':下级科目' : ':基本与项目支出'}`
    : '各类支出';

  return (
    <article className="view">
      <Breadcrumbs
        items={[
          { label: '功能分类', href: '#/functions' },
          ...path.map((n) => ({ label: `${n.code} ${n.name}`, href: `#/functions/${n.code}` })),
        ]}
      />
      <h1>{selected ? `${selected.code} ${selected.name}` : '按功能分类的支出'}</h1>
      {code && !selected && (
        <p className="banner banner-warn" role="alert">
          本年预算中没有功能科目 {code}。<a href="#/functions">查看全部科目</a>
        </p>
      )}
      <p className="lead">
        支出合计 <Amount value={total} withUnit />
        ,按政府收支分类的“类—款—项”归集。点击科目查看其构成与项目;表头可排序。
        <SourceLink line={findRow(dataset.tables.expenditure, 'total')?.line ?? 0} label="支出总体情况表" />
      </p>
      {selected && <FunctionDetail dataset={dataset} node={selected} total={total} />}
      <div className="stack">
        <FunctionTreeTable
          rows={rows}
          selected={selected?.code ?? null}
          sort={sort}
          onSortChange={onSortChange}
        />
        <ChartFrame
          title={chartTitle}
          description={`${level.length}个科目的基本支出(蓝)与项目支出(橙),单位${unitLabel}。点击条形进入该科目。`}
          option={option}
          height={Math.max(200, level.length * 56 + 60)}
          onClick={(e) => {
            const n = barOrder(level)[e.dataIndex];
            if (n) window.location.hash = `#/functions/${n.code}`;
          }}
          table={
            <ul className="plain-list">
              {level.map((n) => (
                <li key={n.code}>
                  <a href={`#/functions/${n.code}`}>
                    {n.code} {n.name}
                  </a>
                  :合计 <Amount value={n.total} />
                  ,基本 <Amount value={n.basic} />
                  ,项目 <Amount value={n.project} />({formatPercent(share(n.total, total))})
                </li>
              ))}
            </ul>
          }
        />
      </div>
    </article>
  );
}

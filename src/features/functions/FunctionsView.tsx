import '../../lib/i18n/late-strings';
import { useMemo } from 'react';
import { tableName } from '../../components/table-name';
import { BASIC_COLOR, PROJECT_COLOR } from '../../lib/chart-colors';
import { Amount, useUnitLabel } from '../../components/Amount';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { SourceLink } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { useLang, useT } from '../../components/use-t';
import { FunctionName, functionNameText } from '../../components/Zh';
import { findFunction, functionPath } from '../../domain/functions';
import { share } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { cell, findRow } from '../../domain/table';
import { formatMoney, formatPercent } from '../../lib/format/number';
import { useUiStore } from '../../store/ui-store';
import { navigate } from '../../lib/route/navigate';
import { FunctionDetail } from './FunctionDetail';
import { barOrder, functionBarOption } from './function-bar-option';
import { FunctionTreeTable } from './FunctionTreeTable';
import { functionRowsOf } from '../../lib/dataset-cache/functions';
import { href } from '../../lib/route/href';

export interface FunctionsViewProps {
  dataset: Dataset;
  code: string | null;
  sort: string | null;
  onSortChange: (s: string | null) => void;
}

export function FunctionsView({ dataset, code, sort, onSortChange }: FunctionsViewProps) {
  const unit = useUiStore((s) => s.unit);
  const unitLabel = useUnitLabel();
  const t = useT();
  const lang = useLang();
  const { roots, rows } = functionRowsOf(dataset);
  const total = cell(findRow(dataset.tables.expenditure, 'total'), 'total');
  const selected = code ? findFunction(roots, code) : undefined;
  const level = useMemo(
    () => (selected ? (selected.children.length ? selected.children : [selected]) : roots),
    [selected, roots],
  );
  const option = useMemo(
    () =>
      functionBarOption(level, (v) => `${formatMoney(v, unit)} ${unitLabel}`, {
        basic: t('functions.col.basic'),
        project: t('functions.col.project'),
        total: t('functions.chart.total'),
        node: (n) => functionNameText(n.code, n.name, lang),
      }),
    [level, unit, unitLabel, t, lang],
  );
  const path = selected ? functionPath(roots, selected.code) : [];
  const chartTitle = selected
    ? t(selected.children.length ? 'functions.chartChildren' : 'functions.chartSplit', {
        code: selected.code,
        name: selected.name,
      })
    : t('functions.chartAll');

  return (
    <article className="view">
      <Breadcrumbs
        items={[
          { label: t('nav.functions'), href: href.functions() },
          ...path.map((n) => ({
            label: <FunctionName code={n.code} name={n.name} />,
            href: href.functions(n.code),
          })),
        ]}
      />
      <h1>{selected ? <FunctionName code={selected.code} name={selected.name} /> : t('functions.title')}</h1>
      {code && !selected && (
        <p className="banner banner-warn" role="alert">
          {t('functions.notFound', { code })}
          <a href={href.functions()}>{t('functions.seeAll')}</a>
        </p>
      )}
      <p className="lead">
        <Trans k="functions.lead" values={{ amount: <Amount value={total} withUnit /> }} />
        <SourceLink
          at={findRow(dataset.tables.expenditure, 'total')}
          column="total"
          table="expenditure"
          label={tableName(dataset, 'expenditure')}
          labelIsPrinted
        />
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
          name={`functions-${selected?.code ?? 'all'}`}
          legend={[
            { label: t('functions.col.basic'), color: BASIC_COLOR },
            { label: t('functions.col.project'), color: PROJECT_COLOR },
          ]}
          title={chartTitle}
          description={t('functions.chartDesc', { count: level.length, unit: unitLabel })}
          option={option}
          height={Math.max(200, level.length * 56 + 60)}
          onClick={(e) => {
            const n = barOrder(level)[e.dataIndex];
            if (n) navigate(href.functions(n.code));
          }}
          table={
            <ul className="plain-list">
              {level.map((n) => (
                <li key={n.code}>
                  <a href={href.functions(n.code)}>
                    <FunctionName code={n.code} name={n.name} />
                  </a>
                  <Trans
                    k="functions.listItem"
                    values={{
                      total: <Amount value={n.total} />,
                      basic: <Amount value={n.basic} />,
                      project: <Amount value={n.project} />,
                      share: formatPercent(share(n.total, total)),
                    }}
                  />
                </li>
              ))}
            </ul>
          }
        />
      </div>
    </article>
  );
}

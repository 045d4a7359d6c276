import '../../lib/i18n/late-strings';
import { SearchField, SelectField } from '../../components/Field';
import { FilterForm } from '../../components/FilterForm';
import { NotPublished } from '../../components/NotPublished';
import { useMemo } from 'react';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { DataTable } from '../../components/data-table/DataTable';
import { StaticTable } from '../../components/data-table/StaticTable';
import { useLang, useT } from '../../components/use-t';
import {
  type IndicatorFilter,
  type IndicatorRow,
  filterIndicators,
  indicatorCounts,
} from '../../domain/indicators';
import { indicatorRanksOf, indicatorRowsOf } from '../../lib/dataset-cache/indicators';
import { TARGET_KIND } from '../../components/TargetReading';
import type { Dataset } from '../../domain/model';
import { indicatorColumns } from './indicator-columns';
import { countColumns } from './indicator-count-columns';
import { IndicatorCompactRow } from './IndicatorCompactRow';
import { indicatorCountOption, level1Colors } from './indicator-count-option';
import { sortIndicatorRows } from './sort-indicators';

export interface IndicatorsViewProps {
  dataset: Dataset;
  filter: IndicatorFilter;
  sort: string | null;
  onQuery: (patch: Record<string, string | null>) => void;
}

const COMPARATORS = ['≥', '≤', '=', '>', '<', 'none'];

export function IndicatorsView(props: IndicatorsViewProps) {
  if (props.dataset.performance.length === 0) {
    return <NotPublished dataset={props.dataset} title="nav.indicators" what="notPublished.performance" />;
  }
  return <IndicatorList {...props} />;
}

const PHONE_ROWS = { render: (r: IndicatorRow) => <IndicatorCompactRow row={r} /> };

function IndicatorList({ dataset, filter, sort, onQuery }: IndicatorsViewProps) {
  const t = useT();
  const lang = useLang();
  const columns = useMemo(() => indicatorColumns(t, lang), [t, lang]);
  const rows = indicatorRowsOf(dataset);
  const shown = useMemo(() => filterIndicators(rows, filter), [rows, filter]);
  const sorted = useMemo(
    // Collated once per dataset, when first sorted; each sort is then a linear pass (sort-indicators.ts).
    () =>
      sort
        ? sortIndicatorRows(shown, indicatorRanksOf(dataset), sort, (r) => t(TARGET_KIND[r.parsed.kind]))
        : shown,
    [shown, dataset, sort, t],
  );
  const counts = useMemo(() => indicatorCounts(shown), [shown]);
  const level1s = useMemo(() => [...new Set(rows.map((r) => r.level1))], [rows]);
  const colors = useMemo(() => level1Colors(level1s), [level1s]);
  const option = useMemo(
    () => indicatorCountOption(counts, { count: (count) => t('indicators.chartCount', { count }) }, colors),
    [counts, t, colors],
  );
  const level2s = [
    ...new Set(rows.filter((r) => !filter.level1 || r.level1 === filter.level1).map((r) => r.level2)),
  ];
  return (
    <article className="view">
      <h1>{t('nav.indicators')}</h1>
      <p className="lead">
        {t('indicators.lead', { tables: dataset.performance.length, count: rows.length })}
      </p>
      <FilterForm
        label={t('indicators.filters')}
        active={
          [filter.query, filter.level1, filter.level2, filter.comparator, filter.kind].filter(Boolean).length
        }
      >
        <SearchField
          label={t('indicators.search')}
          value={filter.query}
          placeholder={t('indicators.searchPlaceholder')}
          onChange={(q) => onQuery({ q })}
        />
        <SelectField
          label={t('indicators.level1')}
          value={filter.level1}
          allLabel={t('common.all')}
          options={level1s.map((l) => ({ value: l, label: l, lang: 'zh-CN' }))}
          onChange={(l1) => onQuery({ l1, l2: null })}
        />
        <SelectField
          label={t('indicators.level2')}
          value={filter.level2}
          allLabel={t('common.all')}
          options={level2s.map((l) => ({ value: l, label: l, lang: 'zh-CN' }))}
          onChange={(l2) => onQuery({ l2 })}
        />
        <SelectField
          label={t('indicators.comparator')}
          value={filter.comparator}
          allLabel={t('common.all')}
          options={COMPARATORS.map((c) => ({ value: c, label: c === 'none' ? t('common.none') : c }))}
          onChange={(cmp) => onQuery({ cmp })}
        />
        <SelectField
          label={t('indicators.kindFilter')}
          value={filter.kind}
          allLabel={t('common.all')}
          options={[
            { value: 'quantitative', label: t('indicators.quantitative') },
            { value: 'qualitative', label: t('indicators.qualitative') },
          ]}
          onChange={(kind) => onQuery({ kind })}
        />
      </FilterForm>
      <p role="status" className="muted">
        {t('indicators.status', { shown: shown.length, count: rows.length })}
      </p>
      <ChartFrame
        name="indicator-counts"
        title={t('indicators.chartTitle')}
        description={t('indicators.chartDesc', { count: shown.length })}
        option={option}
        height={Math.max(160, counts.length * 30 + 30)}
        legend={level1s.map((l) => ({ label: l, color: colors.get(l) ?? '', lang: 'zh-CN' }))}
        unit={t('indicators.countUnit')}
        // No indicator shown, no chart: an empty axis would read as a chart of zeros.
        unchartable={counts.length === 0 ? <p className="muted">{t('indicators.noneShown')}</p> : undefined}
        onClick={(e) => {
          const c = [...counts].reverse()[e.dataIndex];
          if (c) onQuery({ l1: c.level1, l2: c.level2 });
        }}
        table={
          <StaticTable
            caption={t('indicators.countCaption')}
            className="data-table compact"
            columns={countColumns(t)}
            rows={counts}
            rowKey={(c) => `${c.level1}/${c.level2}`}
            exportName="indicator-counts"
          />
        }
      />
      <DataTable
        exportName="indicators"
        csvKey={{ header: t('projects.col.id'), of: (r) => r.projectId }}
        data={sorted}
        presorted
        columns={columns}
        caption={t('indicators.caption')}
        getRowId={(r) => r.key}
        sort={sort}
        onSortChange={(s) => onQuery({ sort: s })}
        compact
        phoneRows={PHONE_ROWS}
      />
    </article>
  );
}

// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import { Fragment } from 'react';
import { tableName } from '../../components/table-name';
import { Term } from '../../components/Term';
import { Amount } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { FunctionName, Zh } from '../../components/Zh';
import { type FunctionNode, projectPool } from '../../domain/functions';
import type { Money } from '../../domain/money';
import { share } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { formatPercent } from '../../lib/format/number';
import { href } from '../../lib/route/href';
import './functions.css';

/** The selected 科目: its split, and for a 项 with project spending, its projects — or the honest pool. */
export function FunctionDetail({
  dataset,
  node,
  total,
}: {
  dataset: Dataset;
  node: FunctionNode;
  total: Money;
}) {
  const t = useT();
  const pool = projectPool(dataset);
  const attributed = pool.attributed.get(node.code) ?? [];
  const isPoolItem = pool.candidates.some((c) => c.code === node.code);
  const others = pool.candidates.filter((c) => c.code !== node.code);
  // The 人员/公用 split of a 科目 is printed only where the 一般公共预算支出 table has those columns (Shandong's
  // does; Shanghai's and Jiangsu's print 基本 as one figure): otherwise there is nothing to show, not zeros.
  const split = dataset.tables.gpbExpenditure.columns.some((c) => c.key === 'personnel');
  // Projects exist only where the document lists them (a 项目支出 table); without one there is no pool to explain.
  const listsProjects = dataset.projects.length > 0;
  return (
    <section className="panel detail" aria-labelledby="fd-h">
      <h2 id="fd-h" className="sr-only">
        {t('functions.detail.heading')}
      </h2>
      <dl className="facts">
        <dt>{t('functions.detail.total')}</dt>
        <dd>
          <Amount value={node.total} withUnit />
          {t('functions.detail.share', { share: formatPercent(share(node.total, total)) })}
          <SourceLink
            at={node}
            column="total"
            table="expenditure"
            label={tableName(dataset, 'expenditure')}
            labelIsPrinted
          />
        </dd>
        <dt>
          <Term name="基本支出">{t('spending.basic')}</Term>
        </dt>
        <dd>
          <Amount value={node.basic} withUnit />
          {split && !node.basic.isZero() && (
            <>
              <Trans
                k="functions.detail.basicSplit"
                values={{
                  personnel: <Amount value={node.personnel} />,
                  public: <Amount value={node.public} />,
                  table: <Zh>{tableName(dataset, 'gpbExpenditure')}</Zh>,
                }}
              />
              <a href={href.economic()}>{t('functions.detail.byEconomic')}</a>
            </>
          )}
        </dd>
        <dt>
          <Term name="项目支出">{t('spending.project')}</Term>
        </dt>
        <dd>
          <Amount value={node.project} withUnit />
          {!listsProjects && !node.project.isZero() && (
            <span className="muted"> {t('functions.detail.noProjectList')}</span>
          )}
        </dd>
      </dl>
      {attributed.length > 0 && (
        <>
          <h3>{t('functions.detail.projects')}</h3>
          <ul className="plain-list">
            {attributed.map((p) => (
              <li key={p.id}>
                <a href={href.project(p.id)} lang="zh-CN">
                  {p.name}
                </a>{' '}
                <Amount value={p.total} withUnit />
                <span className="muted small">
                  {' '}
                  — <span lang="zh-CN">{dataset.attributions.find((a) => a.projectId === p.id)?.reason}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {listsProjects && isPoolItem && (
        <div className="pool-note" role="note">
          <h3>{t('functions.pool.heading')}</h3>
          <p>
            <Trans k="functions.pool.only" values={{ amount: <Amount value={node.project} withUnit /> }} />
            {others.length > 0 && (
              <Trans
                k="functions.pool.others"
                values={{
                  others: others.map((o, i) => (
                    <Fragment key={o.code}>
                      {i > 0 && t('common.listSep')}
                      <FunctionName code={o.code} name={o.name} />
                    </Fragment>
                  )),
                  amount: <Amount value={others[0]?.remaining ?? node.project} withUnit />,
                }}
              />
            )}
            <Trans
              k="functions.pool.spread"
              values={{
                count: pool.unattributed.length,
                total: <Amount value={pool.unattributedTotal} withUnit />,
                where: t(pool.candidates.length > 1 ? 'functions.pool.these' : 'functions.pool.this'),
              }}
            />
          </p>
          <p>
            <a href={href.projects({ attribution: 'pool' })}>
              {t('functions.pool.link', { count: pool.unattributed.length })}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}

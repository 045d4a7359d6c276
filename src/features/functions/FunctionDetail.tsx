import { Term } from '../../components/Term';
import { Amount } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { type FunctionNode, projectPool } from '../../domain/functions';
import type { Money } from '../../domain/money';
import { share } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { formatPercent } from '../../lib/format/number';

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
  const pool = projectPool(dataset);
  const attributed = pool.attributed.get(node.code) ?? [];
  const isPoolItem = pool.candidates.some((c) => c.code === node.code);
  const others = pool.candidates.filter((c) => c.code !== node.code);
  return (
    <section className="panel detail" aria-labelledby="fd-h">
      <h2 id="fd-h" className="sr-only">
        科目详情
      </h2>
      <dl className="facts">
        <dt>合计</dt>
        <dd>
          <Amount value={node.total} withUnit />
          (占总支出 {formatPercent(share(node.total, total))})
          <SourceLink line={node.line} label="支出总体情况表" />
        </dd>
        <dt>
          <Term name="基本支出" />
        </dt>
        <dd>
          <Amount value={node.basic} withUnit />
          {!node.basic.isZero() && (
            <>
              :人员支出 <Amount value={node.personnel} />
              ,日常公用支出 <Amount value={node.public} />
              (一般公共预算支出情况表)· <a href="#/economic">按经济分类查看 →</a>
            </>
          )}
        </dd>
        <dt>
          <Term name="项目支出" />
        </dt>
        <dd>
          <Amount value={node.project} withUnit />
        </dd>
      </dl>
      {attributed.length > 0 && (
        <>
          <h3>本项的项目</h3>
          <ul className="plain-list">
            {attributed.map((p) => (
              <li key={p.id}>
                <a href={`#/projects/${p.id}`}>{p.name}</a> <Amount value={p.total} withUnit />
                <span className="muted small">
                  {' '}
                  — {dataset.attributions.find((a) => a.projectId === p.id)?.reason}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {isPoolItem && (
        <div className="pool-note" role="note">
          <h3>这些项目支出属于哪些项目?</h3>
          <p>
            文件只公布了本项的项目支出合计 <Amount value={node.project} withUnit />
            ,没有说明是哪些项目
            {others.length > 0 && (
              <>
                ;{others.map((o) => `${o.code} ${o.name}`).join('、')}(
                <Amount value={others[0]?.remaining ?? node.project} withUnit />
                )也是如此
              </>
            )}
            。{pool.unattributed.length}个项目(合计 <Amount value={pool.unattributedTotal} withUnit />
            )分布在{pool.candidates.length > 1 ? '这几项' : '本项'}中,具体归属文件未列明,本站不作猜测。
          </p>
          <p>
            <a href="#/projects?attribution=pool">查看这{pool.unattributed.length}个项目 →</a>
          </p>
        </div>
      )}
    </section>
  );
}

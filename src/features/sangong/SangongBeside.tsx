import { Amount } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Dataset } from '../../domain/model';
import { printedCell } from '../../domain/table';
import { SANGONG_ITEMS } from '../../domain/sangong';

const SANGONG_KEYS: ReadonlySet<string> = new Set(SANGONG_ITEMS.map((i) => i.key));

/**
 * What the 三公 table prints beside the 三公 items — Jiangsu's 会议费 and 培训费 and their 合计, Shanghai's 机关运行经费
 * — under the document's own column names, with their places. Nothing is added to the 三公 total.
 */
export function SangongBeside({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const table = dataset.tables.sangong;
  const row = table.rows[0];
  const suffix = String(dataset.year);
  const others = table.columns.filter(
    (c) =>
      c.kind === 'money' &&
      c.key.endsWith(suffix) &&
      !SANGONG_KEYS.has(c.key.slice(0, -suffix.length)) &&
      // A 决算's 预算数 columns are the execution view's (budget against actual), not figures beside 三公.
      !c.key.endsWith(`Budget${suffix}`),
  );
  if (!row || others.length === 0) return null;
  return (
    <section aria-labelledby="sg-beside-h">
      <h2 id="sg-beside-h">{t('sangong.beside')}</h2>
      <dl className="facts">
        {others.map((c) => {
          const v = printedCell(row, c.key);
          return (
            <div key={c.key} className="fact-row">
              <dt>
                <Zh>{c.label}</Zh>
              </dt>
              <dd>
                {v ? <Amount value={v} withUnit /> : t('common.empty')}{' '}
                <SourceLink at={row} column={c.key} table="sangong" />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

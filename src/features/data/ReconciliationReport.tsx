import { useState } from 'react';
import { HeaderCell } from '../../components/data-table/HeaderCell';
import { TableFrame } from '../../components/data-table/TableFrame';
import { Amount } from '../../components/Amount';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import type { Check, CheckValue } from '../../domain/reconcile/check';
import type { ReconcileGroup } from '../../domain/reconcile/messages';
import { formatPercent, formatQuantity } from '../../lib/format/number';
import { CheckMessage } from './CheckMessage';
import './data.css';

function groupBy(checks: readonly Check[]) {
  const groups = new Map<ReconcileGroup, Check[]>();
  for (const c of checks) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups];
}

/**
 * Every check by group, in the reader's language (names quoted from the document stay Chinese); amounts in the
 * reader's unit.
 */
export function ReconciliationReport({
  checks,
  onlyFailed,
  deferClosed = true,
}: {
  checks: readonly Check[];
  onlyFailed: boolean;
  /**
   * A group that starts closed (every check passed: most of the ≈760) renders its rows when first opened: the data
   * page shows at once, not after 13,000 elements nobody has asked to see. False renders every row now.
   */
  deferClosed?: boolean;
}) {
  const shown = onlyFailed ? checks.filter((c) => !c.pass) : checks;
  return (
    <div className="recon">
      {groupBy(shown).map(([group, list]) => (
        <CheckGroup key={group} group={group} list={list} eager={!deferClosed} />
      ))}
    </div>
  );
}

function CheckGroup({
  group,
  list,
  eager,
}: {
  group: ReconcileGroup;
  list: readonly Check[];
  eager: boolean;
}) {
  const t = useT();
  const failed = list.filter((c) => !c.pass).length;
  const [opened, setOpened] = useState(eager || failed > 0);
  // A group with failures opens on them; the checks it passed (often a hundred more) come on request.
  const [passedShown, setPassedShown] = useState(eager || failed === 0);
  const rows = passedShown ? list : list.filter((c) => !c.pass);
  const heading = t(`reconcile.group.${group}`);
  return (
    <details open={failed > 0} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        <span>{heading}</span>
        <span className={failed ? 'badge badge-warn' : 'badge badge-ok'}>
          {failed
            ? t('recon.failed', { failed, count: list.length })
            : t('recon.allPassed', { count: list.length })}
        </span>
      </summary>
      {opened && (
        <TableFrame
          caption={<Trans k="recon.caption" values={{ group: heading }} />}
          className="data-table compact"
        >
          <thead>
            <tr>
              <HeaderCell>{t('recon.result')}</HeaderCell>
              <HeaderCell>{t('recon.check')}</HeaderCell>
              <HeaderCell numeric>{t('recon.expected')}</HeaderCell>
              <HeaderCell numeric>{t('recon.actual')}</HeaderCell>
              <HeaderCell>{t('recon.lines')}</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr
                key={c.id}
                id={`check-${c.id}`}
                className={c.pass ? '' : c.severity === 'observation' ? 'row-note' : 'row-fail'}
              >
                <td>
                  {t(
                    c.pass ? 'recon.pass' : c.severity === 'observation' ? 'recon.observation' : 'recon.fail',
                  )}
                </td>
                <td>
                  <CheckMessage message={c.message} />
                  <div className="muted small">
                    <code>{c.id}</code>
                  </div>
                </td>
                <td className="num">
                  {c.relation === 'atMost' && '≤ '}
                  <Compared value={c.expected} />
                </td>
                <td className="num">
                  <Compared value={c.actual} />
                </td>
                <td>{c.refs.map((r) => r.line).join(t('common.listSep')) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      {opened && !passedShown && (
        <button type="button" className="secondary small-button" onClick={() => setPassedShown(true)}>
          {t('recon.showPassed', { count: list.length - failed })}
        </button>
      )}
    </details>
  );
}

/** Money in the reader's unit (万元 / 元 / 亿元), exact; counts and percentages as they are. */
function Compared({ value }: { value: CheckValue }) {
  switch (value.kind) {
    case 'money':
      return <Amount value={value.value} withUnit />;
    case 'count':
      return <>{formatQuantity(value.value)}</>;
    case 'percent':
      return <>{formatPercent(value.value)}</>;
  }
}

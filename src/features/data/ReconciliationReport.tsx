import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Check } from '../../domain/reconcile/check';

function groupBy(checks: readonly Check[]) {
  const groups = new Map<string, Check[]>();
  for (const c of checks) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups];
}

/** Every check by group; groups and descriptions are the domain's Chinese, quoting the document. */
export function ReconciliationReport({
  checks,
  onlyFailed,
}: {
  checks: readonly Check[];
  onlyFailed: boolean;
}) {
  const t = useT();
  const shown = onlyFailed ? checks.filter((c) => !c.pass) : checks;
  return (
    <div className="recon">
      {groupBy(shown).map(([group, list]) => {
        const failed = list.filter((c) => !c.pass).length;
        return (
          <details key={group} open={failed > 0}>
            <summary>
              <span lang="zh-CN">{group}</span>
              <span className={failed ? 'badge badge-warn' : 'badge badge-ok'}>
                {failed
                  ? t('recon.failed', { failed, count: list.length })
                  : t('recon.allPassed', { count: list.length })}
              </span>
            </summary>
            <table className="data-table compact">
              <caption className="sr-only">
                <Trans k="recon.caption" values={{ group: <Zh>{group}</Zh> }} />
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('recon.result')}</th>
                  <th scope="col">{t('recon.check')}</th>
                  <th scope="col" className="num">
                    {t('recon.expected')}
                  </th>
                  <th scope="col" className="num">
                    {t('recon.actual')}
                  </th>
                  <th scope="col">{t('recon.lines')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr
                    key={c.id}
                    id={`check-${c.id}`}
                    className={c.pass ? '' : c.severity === 'observation' ? 'row-note' : 'row-fail'}
                  >
                    <td>
                      {t(
                        c.pass
                          ? 'recon.pass'
                          : c.severity === 'observation'
                            ? 'recon.observation'
                            : 'recon.fail',
                      )}
                    </td>
                    <td>
                      <Zh>{c.description}</Zh>
                      <div className="muted small">
                        <code>{c.id}</code>
                      </div>
                    </td>
                    <td className="num">{c.expected}</td>
                    <td className="num">{c.actual}</td>
                    <td>{c.refs.map((r) => r.line).join(t('common.listSep')) || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        );
      })}
    </div>
  );
}

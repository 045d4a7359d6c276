import { Term } from './Term';
import type { ReactNode } from 'react';
import { useT } from './use-t';
import './kpi.css';

export interface KpiProps {
  label: string;
  /** The 名词解释 term this KPI is, when it is one. */
  term?: string;
  value: ReactNode;
  detail?: ReactNode;
  source?: ReactNode;
  href?: string;
  linkLabel?: string;
}

export function Kpi({ label, term, value, detail, source, href, linkLabel }: KpiProps) {
  const t = useT();
  return (
    <section className="kpi" aria-label={label}>
      <h2 className="kpi-label">{term ? <Term name={term}>{label}</Term> : label}</h2>
      <p className="kpi-value">{value}</p>
      {detail && <p className="kpi-detail">{detail}</p>}
      <p className="kpi-foot">
        {source}
        {href && (
          <a className="kpi-link" href={href}>
            {linkLabel ?? t('common.more')} →
          </a>
        )}
      </p>
    </section>
  );
}

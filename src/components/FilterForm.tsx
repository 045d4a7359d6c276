import '../lib/i18n/late-strings';
import type { ReactNode } from 'react';
import { PHONE, useMediaQuery } from './data-table/use-media-query';
import { useT } from './use-t';
import './filter-form.css';

/**
 * A view's filter form. On phones it folds away behind one button that counts the filters in use, so the list is
 * the first thing under the title; wider screens show the form as it is.
 */
export function FilterForm({
  label,
  active,
  children,
}: {
  label: string;
  active: number;
  children: ReactNode;
}) {
  const t = useT();
  const phone = useMediaQuery(PHONE);
  const form = (
    <form className="filters" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
  if (!phone) return form;
  return (
    <details className="filters-fold">
      <summary>{active ? t('filters.active', { n: active }) : t('filters.show')}</summary>
      {form}
    </details>
  );
}

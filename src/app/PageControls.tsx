import { useId } from 'react';
import { useT } from '../components/use-t';
import { type MoneyUnit, unitLabel } from '../lib/format/number';
import { useUiStore } from '../store/ui-store';

const UNITS: readonly MoneyUnit[] = ['wan', 'yuan', 'yi'];

/** Language and display unit: kept in the store and in the page's query (?lang=en&unit=yuan), so links keep them. */
export function PageControls() {
  const t = useT();
  const id = useId();
  const lang = useUiStore((s) => s.lang);
  const unit = useUiStore((s) => s.unit);
  const setUnit = useUiStore((s) => s.setUnit);
  const setLang = useUiStore((s) => s.setLang);
  return (
    <div className="page-controls">
      <div className="page-control">
        <label htmlFor={`${id}-lang`}>{t('shell.language')}</label>
        <select
          id={`${id}-lang`}
          value={lang}
          onChange={(e) => {
            void setLang(e.target.value === 'en' ? 'en' : 'zh');
          }}
        >
          {/* Each language named in itself, so both readers find theirs. */}
          <option value="zh" lang="zh-CN">
            中文
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
      <div className="page-control">
        <label htmlFor={`${id}-unit`}>{t('shell.unit')}</label>
        <select
          id={`${id}-unit`}
          value={unit}
          onChange={(e) => {
            setUnit(UNITS.find((u) => u === e.target.value) ?? 'wan');
          }}
        >
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {unitLabel(u, lang)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

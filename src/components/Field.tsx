import { type ReactNode, useId } from 'react';

/** A labelled form control; the label names the control exactly (not its options). */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A search box in a filter form; the value lives in the URL. */
export function SearchField(props: {
  label: string;
  value: string;
  placeholder?: string;
  onChange: (v: string) => void;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <input
          id={id}
          type="search"
          value={props.value}
          placeholder={props.placeholder}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  /** "zh-CN" for options that are data as published (types, indicator levels). */
  lang?: string;
}

/** A filter select with an "all" option (value ''); `onChange` receives null for "all". */
export function SelectField(props: {
  label: string;
  value: string | null;
  allLabel: string;
  options: readonly SelectOption[];
  onChange: (v: string | null) => void;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
          <option value="">{props.allLabel}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

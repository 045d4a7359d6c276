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

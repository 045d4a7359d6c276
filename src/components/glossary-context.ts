import { createContext, useContext } from 'react';

/** term → definition, from the dataset's 名词解释; provided once by the app shell. */
export const GlossaryContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useDefinition(term: string): string | undefined {
  const map = useContext(GlossaryContext);
  return map.get(term) ?? map.get(term.replace(/[“”"]/g, ''));
}

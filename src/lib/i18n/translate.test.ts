import { describe, expect, it } from 'vitest';
import { en, MODULES, zh } from './strings';
import { translate } from './translate';

describe('string table', () => {
  it('has an English string for every Chinese one, and no Chinese left in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const untranslated = Object.entries(en).filter(([, v]) =>
      /[\u4e00-\u9fff]/.test(v.replace(/“[^”]*”|「[^」]*」/g, '')),
    );
    expect(untranslated).toEqual([]);
  });
  it('has no key in two modules (a later one would silently win)', () => {
    const count = MODULES.reduce((n, m) => n + Object.keys(m.zh).length, 0);
    expect(Object.keys(zh)).toHaveLength(count);
  });
  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // A translation may leave out a name the other language needs (e.g. a Chinese name in a chart title).
    const extra = (Object.keys(zh) as Array<keyof typeof zh>).filter((k) =>
      names(en[k]).some((n) => !names(zh[k]).includes(n)),
    );
    expect(extra).toEqual([]);
  });
  it('fills placeholders', () => {
    expect(translate('zh', 'shell.yearBudget', { year: 2023 })).toBe('2023年部门预算');
    expect(translate('en', 'shell.yearBudget', { year: 2023 })).toBe('2023 department budget');
  });
});

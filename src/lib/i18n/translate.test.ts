import { describe, expect, it } from 'vitest';
import { en, zh } from './strings';
import { translate } from './translate';

describe('string table', () => {
  it('has an English string for every Chinese one, and no Chinese left in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const untranslated = Object.entries(en).filter(([, v]) =>
      /[\u4e00-\u9fff]/.test(v.replace(/“[^”]*”|「[^」]*」/g, '')),
    );
    expect(untranslated).toEqual([]);
  });
  it('fills placeholders', () => {
    expect(translate('zh', 'shell.yearBudget', { year: 2023 })).toBe('2023年部门预算');
    expect(translate('en', 'shell.yearBudget', { year: 2023 })).toBe('2023 department budget');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { zh } from './strings';
import { en } from './strings-en';
import * as about from './strings/about';
import * as common from './strings/common';
import * as dataStrings from './strings/data';
import * as economic from './strings/economic';
import * as functions from './strings/functions';
import * as indicators from './strings/indicators';
import * as modes from './strings/modes';
import * as overview from './strings/overview';
import * as procurement from './strings/procurement';
import * as project from './strings/project';
import * as projects from './strings/projects';
import * as sangong from './strings/sangong';
import * as shell from './strings/shell';
import * as spending from './strings/spending';

const MODULES = [
  about,
  common,
  dataStrings,
  economic,
  functions,
  indicators,
  modes,
  overview,
  procurement,
  project,
  projects,
  sangong,
  shell,
  spending,
];
import { loadLang, translate } from './translate';

describe('string table', () => {
  beforeAll(() => loadLang('en'));
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
  it('falls back to Chinese until the English table has loaded', () => {
    expect(typeof translate('en', 'nav.overview')).toBe('string');
  });
});

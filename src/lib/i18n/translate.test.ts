import { beforeAll, describe, expect, it } from 'vitest';
import { zh } from './strings';
import { en } from './strings-en';
import * as about from './strings/about';
import * as common from './strings/common';
import * as dataStrings from './strings/data';
import * as dataEn from './strings/en/data';
import * as aboutEn from './strings/en/about';
import * as economicEn from './strings/en/economic';
import * as procurementEn from './strings/en/procurement';
import * as indicatorsEn from './strings/en/indicators';
import * as projectEn from './strings/en/project';
import * as functionsEn from './strings/en/functions';
import * as economic from './strings/economic';
import * as functions from './strings/functions';
import * as importer from './strings/import';
import * as importerEn from './strings/en/import';
import * as catalogStrings from './strings/catalog';
import * as catalogEn from './strings/en/catalog';
import * as reconcileStrings from './strings/reconcile';
import * as reconcileEn from './strings/en/reconcile';
import * as indicators from './strings/indicators';
import * as modes from './strings/modes';
import * as overview from './strings/overview';
import * as procurement from './strings/procurement';
import * as project from './strings/project';
import * as projects from './strings/projects';
import * as sangong from './strings/sangong';
import * as shell from './strings/shell';
import * as spending from './strings/spending';

const MODULES = [common, modes, overview, projects, sangong, shell, spending];
import { loadLang, translate } from './translate';

describe('string table', () => {
  beforeAll(() => loadLang('en'));
  it('has an English string for every Chinese one, and no Chinese left in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(importerEn.en).sort()).toEqual(Object.keys(importer.zh).sort());
    expect(Object.keys(catalogEn.en).sort()).toEqual(Object.keys(catalogStrings.zh).sort());
    expect(Object.keys(reconcileEn.en).sort()).toEqual(Object.keys(reconcileStrings.zh).sort());
    expect(Object.keys(dataEn.en).sort()).toEqual(Object.keys(dataStrings.zh).sort());
    for (const [zhm, enm] of [
      [about.zh, aboutEn.en],
      [economic.zh, economicEn.en],
      [procurement.zh, procurementEn.en],
      [indicators.zh, indicatorsEn.en],
      [project.zh, projectEn.en],
      [functions.zh, functionsEn.en],
    ] as const)
      expect(Object.keys(enm).sort()).toEqual(Object.keys(zhm).sort());
    const all = {
      ...en,
      ...importerEn.en,
      ...catalogEn.en,
      ...reconcileEn.en,
      ...dataEn.en,
      ...aboutEn.en,
      ...economicEn.en,
      ...procurementEn.en,
      ...indicatorsEn.en,
      ...projectEn.en,
      ...functionsEn.en,
    };
    const untranslated = Object.entries(all).filter(([, v]) =>
      /[\u4e00-\u9fff]/.test(v.replace(/“[^”]*”|「[^」]*」/g, '')),
    );
    expect(untranslated).toEqual([]);
  });
  it('has no key in two modules (a later one would silently win)', () => {
    const count = MODULES.reduce((n, m) => n + Object.keys(m.zh).length, 0);
    expect(Object.keys(zh)).toHaveLength(count);
    const late = [
      importer.zh,
      catalogStrings.zh,
      reconcileStrings.zh,
      dataStrings.zh,
      about.zh,
      economic.zh,
      procurement.zh,
      indicators.zh,
      project.zh,
      functions.zh,
    ].flatMap((m) => Object.keys(m));
    expect(late.filter((k) => k in zh)).toEqual([]);
    expect(new Set(late).size).toBe(late.length);
  });
  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // A translation may leave out a name the other language needs (e.g. a Chinese name in a chart title).
    const zhAll: Record<string, string> = {
      ...zh,
      ...importer.zh,
      ...catalogStrings.zh,
      ...reconcileStrings.zh,
      ...dataStrings.zh,
      ...about.zh,
      ...economic.zh,
      ...procurement.zh,
      ...indicators.zh,
      ...project.zh,
      ...functions.zh,
    };
    const enAll: Record<string, string> = {
      ...en,
      ...importerEn.en,
      ...catalogEn.en,
      ...reconcileEn.en,
      ...dataEn.en,
      ...aboutEn.en,
      ...economicEn.en,
      ...procurementEn.en,
      ...indicatorsEn.en,
      ...projectEn.en,
      ...functionsEn.en,
    };
    const extra = Object.keys(zhAll).filter((k) =>
      names(enAll[k] ?? '').some((n) => !names(zhAll[k] ?? '').includes(n)),
    );
    expect(extra).toEqual([]);
  });
  it('fills placeholders', () => {
    expect(translate('zh', 'shell.yearBudget', { year: 2023 })).toBe('2023年部门预算');
    expect(translate('en', 'shell.yearBudget', { year: 2023 })).toBe('2023 department budget');
  });
  it("finds a lazy part's strings once it has loaded", async () => {
    expect(translate('zh', 'import.title')).toBe('import.title');
    await import('./late-strings');
    expect(translate('zh', 'import.title')).toBe(importer.zh['import.title']);
    expect(translate('en', 'import.title')).toBe(importerEn.en['import.title']);
  });
  it('falls back to Chinese until the English table has loaded', () => {
    expect(typeof translate('en', 'nav.overview')).toBe('string');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { zh } from './strings';
import { en } from './strings-en';
import * as about from './strings/about';
import * as catalog from './strings/catalog';
import * as common from './strings/common';
import * as data from './strings/data';
import * as economic from './strings/economic';
import * as aboutEn from './strings/en/about';
import * as catalogEn from './strings/en/catalog';
import * as dataEn from './strings/en/data';
import * as economicEn from './strings/en/economic';
import * as functionsEn from './strings/en/functions';
import * as importerEn from './strings/en/import';
import * as indicatorsEn from './strings/en/indicators';
import * as procurementEn from './strings/en/procurement';
import * as projectEn from './strings/en/project';
import * as projectsEn from './strings/en/projects';
import * as reconcileEn from './strings/en/reconcile';
import * as sangongEn from './strings/en/sangong';
import * as shareEn from './strings/en/share';
import * as functions from './strings/functions';
import * as importer from './strings/import';
import * as indicators from './strings/indicators';
import * as modes from './strings/modes';
import * as overview from './strings/overview';
import * as procurement from './strings/procurement';
import * as project from './strings/project';
import * as projects from './strings/projects';
import * as reconcile from './strings/reconcile';
import * as sangong from './strings/sangong';
import * as share from './strings/share';
import * as shell from './strings/shell';
import * as spending from './strings/spending';
import { loadLang, translate } from './translate';

/** The start-up table's modules (strings.ts), and the late ones with their English (late-strings.ts, reconcile-strings.ts). */
const MODULES = [common, modes, overview, shell, spending];
const LATE: ReadonlyArray<readonly [Record<string, string>, Record<string, string>]> = [
  [importer.zh, importerEn.en],
  [sangong.zh, sangongEn.en],
  [share.zh, shareEn.en],
  [catalog.zh, catalogEn.en],
  [reconcile.zh, reconcileEn.en],
  [data.zh, dataEn.en],
  [about.zh, aboutEn.en],
  [economic.zh, economicEn.en],
  [procurement.zh, procurementEn.en],
  [indicators.zh, indicatorsEn.en],
  [project.zh, projectEn.en],
  [projects.zh, projectsEn.en],
  [functions.zh, functionsEn.en],
];
const zhAll: Record<string, string> = Object.assign({}, zh, ...LATE.map(([z]) => z));
const enAll: Record<string, string> = Object.assign({}, en, ...LATE.map(([, e]) => e));

describe('string table', () => {
  beforeAll(() => loadLang('en'));
  it('has an English string for every Chinese one, and no Chinese left in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [z, e] of LATE) expect(Object.keys(e).sort()).toEqual(Object.keys(z).sort());
    const untranslated = Object.entries(enAll).filter(([, v]) =>
      /[\u4e00-\u9fff]/.test(v.replace(/“[^”]*”|「[^」]*」/g, '')),
    );
    expect(untranslated).toEqual([]);
  });
  it('has no key in two modules (a later one would silently win)', () => {
    const count = MODULES.reduce((n, m) => n + Object.keys(m.zh).length, 0);
    expect(Object.keys(zh)).toHaveLength(count);
    const late = LATE.flatMap(([z]) => Object.keys(z));
    expect(late.filter((k) => k in zh)).toEqual([]);
    expect(new Set(late).size).toBe(late.length);
  });
  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // A translation may leave out a name the other language needs (e.g. a Chinese name in a chart title).
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

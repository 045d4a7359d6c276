import type Decimal from 'decimal.js';
import { functionTree } from '../../domain/functions';
import { type Money, share, sum } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { overviewFigures } from '../../domain/overview';
import { performanceOf } from '../../domain/projects';
import { measurability } from '../../domain/targets/measurability';
import type { StringKey } from '../../lib/i18n/strings';

/** The one sentence a default step's slide says; each figure taken or derived (a share) from the dataset. */
export type Takeaway = 'kpis' | 'sunburst' | 'functions' | 'largest' | 'project' | 'sangong' | 'procurement';

export interface TakeawayText {
  key: StringKey;
  values: Record<string, string>;
}

export interface TakeawayFormat {
  money: (v: Money) => string;
  signedMoney: (v: Money) => string;
  percent: (v: Decimal | null) => string;
}

/** The sentence for `takeaway` on this dataset (a project slide takes the project of its hash); null when the
 * dataset lacks what it would say (a document that prints no project table has no largest projects). */
export function slideTakeaway(
  d: Dataset,
  takeaway: Takeaway,
  param: string | null,
  f: TakeawayFormat,
): TakeawayText | null {
  const o = overviewFigures(d);
  const whole = o.expenditure.value;
  switch (takeaway) {
    case 'kpis':
      return {
        key: o.totalChange ? 'present.take.kpis' : 'present.take.kpisNoChange',
        values: {
          total: f.money(whole),
          change: o.totalChange ? f.signedMoney(o.totalChange.change) : '',
          basic: f.money(o.basic.value),
          project: f.money(o.project.value),
        },
      };
    case 'sunburst': {
      const top = o.largest[0];
      if (!top) return null;
      return {
        key: 'present.take.sunburst',
        values: {
          share: f.percent(o.project.share ?? null),
          name: top.name,
          amount: f.money(top.total),
          largestShare: f.percent(top.share),
        },
      };
    }
    case 'functions': {
      const [top] = [...functionTree(d)].sort((a, b) => b.total.cmp(a.total));
      if (!top) return null;
      return {
        key: 'present.take.functions',
        values: {
          name: `${top.code} ${top.name}`,
          amount: f.money(top.total),
          share: f.percent(share(top.total, whole)),
        },
      };
    }
    case 'largest': {
      if (!o.largest.length) return null;
      const total = sum(o.largest.map((p) => p.total));
      return {
        key: 'present.take.largest',
        values: {
          count: String(o.largest.length),
          amount: f.money(total),
          share: f.percent(share(total, o.project.value)),
        },
      };
    }
    case 'project': {
      const project = d.projects.find((p) => p.id === param);
      if (!project) return null;
      const m = measurability(project, performanceOf(d, project.id)?.table);
      return {
        key: m.indicators ? 'present.take.project' : 'present.take.projectNoIndicators',
        // The project's name is the slide's title, pinned above.
        values: {
          amount: f.money(project.total),
          indicators: String(m.indicators),
          vague: String(m.qualitative + m.blank + m.restatesBudget),
        },
      };
    }
    case 'sangong':
      return {
        key: o.sangongChange ? 'present.take.sangong' : 'present.take.sangongNoChange',
        values: {
          amount: f.money(o.sangong.value),
          change: o.sangongChange ? f.signedMoney(o.sangongChange.change) : '',
        },
      };
    case 'procurement':
      return {
        key: 'present.take.procurement',
        values: { amount: f.money(o.procurement.value), share: f.percent(o.procurement.share ?? null) },
      };
  }
}

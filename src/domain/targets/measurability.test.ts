import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { measurability } from './measurability';

const d = shippedDataset();
const of = (id: string) => {
  const project = d.projects.find((p) => p.id === id);
  if (!project) throw new Error(id);
  const m = measurability(
    project,
    d.performance.find((t) => t.projectId === id),
  );
  return { ...m, vagueShare: m.vagueShare?.toFixed(2) ?? null };
};

describe('how far a project’s targets can be checked', () => {
  it('律师咨询服务 (p01, lines 459–469): a blank target and a cost target that restates its 2.48 万元', () => {
    expect(of('p01')).toEqual({
      indicators: 11,
      qualitative: 0,
      blank: 1,
      restatesBudget: 1,
      vagueShare: '18.18',
    });
  });
  it('潍坊市视频赋能平台 (p11, lines 645–653): three graded (优) targets; its cost targets split the 360 万元', () => {
    expect(of('p11')).toEqual({
      indicators: 9,
      qualitative: 3,
      blank: 0,
      restatesBudget: 0,
      vagueShare: '33.33',
    });
  });
  it('a project without a 绩效目标表 (p08) has no share, not 0%', () => {
    expect(of('p08')).toEqual({
      indicators: 0,
      qualitative: 0,
      blank: 0,
      restatesBudget: 0,
      vagueShare: null,
    });
  });
});

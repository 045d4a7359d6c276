import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { costCeilingNotes } from './cost-notes';

describe('cost ceilings above this year’s budget', () => {
  it('finds 爱山东 ≤453.75 against 235.58, and none on projects whose ceiling is their budget', () => {
    const d = shippedDataset();
    const notes = d.performance.flatMap((t) => {
      const p = d.projects.find((x) => x.id === t.projectId);
      return p ? costCeilingNotes(p, t) : [];
    });
    const p23 = notes.find((n) => n.projectId === 'p23');
    expect(p23?.ceiling.toFixed(2)).toBe('453.75');
    expect(p23?.budget.toFixed(2)).toBe('235.58');
    expect(notes.some((n) => n.projectId === 'p01')).toBe(false);
  });
});

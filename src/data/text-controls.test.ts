import { describe, expect, it } from 'vitest';
import { bidiDatasetText, RLO, RLO_NAMES, RTL_NAME } from './testing/bidi';
import { neutraliseTextControls } from './text-controls';
import { validateDatasetText } from './validate';
import { validateDatasetTextInSlices } from './validate-sliced';

const noPause = () => Promise.resolve();

describe('bidi and control characters in data text', () => {
  it('are removed on load, with a warning naming the field and the characters', async () => {
    const text = bidiDatasetText(RLO_NAMES);
    for (const result of [
      validateDatasetText(text, 'x.json'),
      await validateDatasetTextInSlices(text, 'x.json', noPause),
    ]) {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const d = result.dataset;
      expect(d.projects.find((p) => p.id === 'p08')?.name).toBe('预算单位财政代管资金');
      expect(d.projects.find((p) => p.id === 'p01')?.name).toBe('律师咨询服务');
      expect(d.textWarnings).toEqual([
        { where: 'tables.projects.rows[1].cells.name', message: expect.stringContaining('removed U+202E') },
        { where: 'tables.projects.rows[8].cells.name', message: expect.stringContaining('removed U+202E') },
      ]);
    }
  });
  it('wraps a text holding right-to-left letters in an isolate (FSI … PDI), for canvas and titles too', () => {
    const result = validateDatasetText(bidiDatasetText({ p08: RTL_NAME }), 'x.json');
    expect(result.ok && result.dataset.projects.find((p) => p.id === 'p08')?.name).toBe(
      `\u2068${RTL_NAME}\u2069`,
    );
    expect(result.ok && result.dataset.textWarnings).toEqual([]);
  });
  it('removes C0 and C1 controls but keeps tab and line breaks; a second pass changes nothing more', () => {
    const data = { a: ['x\u0000y\u0085z', 'l1\nl2\tend'], b: { c: `${RLO}\u2066q\u2069\u200f` } };
    const warnings = neutraliseTextControls(data);
    expect(data).toEqual({ a: ['xyz', 'l1\nl2\tend'], b: { c: 'q' } });
    expect(warnings.map((w) => w.where)).toEqual(['a[0]', 'b.c']);
    expect(warnings[1]?.message).toContain('U+202E U+2066 U+2069 U+200F');
    expect(neutraliseTextControls(data)).toEqual([]);
  });
  it('leaves the shipped dataset as it is', () => {
    const result = validateDatasetText(bidiDatasetText({}), 'x.json');
    expect(result.ok && result.dataset.textWarnings).toEqual([]);
  });
});

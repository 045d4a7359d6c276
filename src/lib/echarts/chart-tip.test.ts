import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../format/html';
import { tooltipText } from './chart-tip';

describe('chart tooltip text', () => {
  it('turns the formatters’ escaped HTML back into the original text, markup included as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    expect(tooltipText(`${escapeHtml(payload)}<br/><b>1,234.56 万元</b>`)).toBe(`${payload}\n1,234.56 万元`);
  });
});

import { describe, expect, it } from 'vitest';
import { pdfPageParams } from './pdf-box';

describe('the PDF page a link asks for', () => {
  it('reads a page written in plain digits, and no other', () => {
    const at = (query: string) => pdfPageParams(new URLSearchParams(query));
    expect(at('file=a.pdf&page=16&box=1,2,3,4')).toEqual({
      file: 'a.pdf',
      page: 16,
      box: [1, 2, 3, 4],
      table: null,
    });
    // Number() read these as 2, 10 and 2 pages.
    for (const page of ['0x2', '1e1', '2.0', '', '0', '-3']) expect(at(`file=a.pdf&page=${page}`)).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { toCsv } from '../src/lib/export/csv';
import { csvRecords, parseCsv } from './csv';

// The reader every spec reads exports with. A unit test (Vitest): it needs no browser, and a wrong reader would make
// every export assertion in the e2e suite wrong with it.
describe('parseCsv (RFC 4180)', () => {
  test('a BOM, CRLF records and a final line break', () => {
    expect(parseCsv('\uFEFF项目,金额(万元)\r\n律师咨询服务,2.48\r\n')).toEqual([
      ['项目', '金额(万元)'],
      ['律师咨询服务', '2.48'],
    ]);
    expect(parseCsv('a,b\r\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('quoted commas, doubled quotes, line breaks inside quotes, empty fields', () => {
    expect(parseCsv('"a,b","say ""hi""","x\r\ny",,""\r\n')).toEqual([['a,b', 'say "hi"', 'x\r\ny', '', '']]);
    expect(parseCsv('"=HYPERLINK(""x"")"\n1\n')).toEqual([['=HYPERLINK("x")'], ['1']]);
  });

  test('reads back exactly what the app writes', () => {
    const rows = [
      ['项目编号', '名称', '指标值'],
      ['p09', '政务云服务费,"云"', "'=100%"],
      ['p11', 'x;=1+1', 'a\tb\r\nc'],
      ['p12', ' padded ', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  test('malformed files fail instead of being read as something else', () => {
    expect(() => parseCsv('"open')).toThrow(/not closed/);
    expect(() => parseCsv('a"b')).toThrow(/quote inside/);
  });

  test('records by header', () => {
    expect(csvRecords(parseCsv('id,name\r\np01,律师咨询服务\r\n'))).toEqual([
      { id: 'p01', name: '律师咨询服务' },
    ]);
    expect(csvRecords([])).toEqual([]);
  });
});

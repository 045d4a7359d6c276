import { describe, expect, it } from 'vitest';
import { readPageOptions } from './page-options';

describe('page options (query before the hash)', () => {
  it('reads mode, lang, unit and dataset, rejecting anything else', () => {
    expect(readPageOptions('?ds=weifang-big-data-bureau-2023&mode=present&lang=en&unit=yuan')).toMatchObject({
      datasetId: 'weifang-big-data-bureau-2023',
      mode: 'present',
      lang: 'en',
      unit: 'yuan',
    });
    expect(readPageOptions('?mode=evil&lang=fr&unit=usd')).toMatchObject({
      mode: 'normal',
      lang: 'zh',
      unit: 'wan',
    });
  });
  it('passes any dataset id on, for the catalog to accept or name as unknown', () => {
    expect(readPageOptions('?ds=../x').datasetId).toBe('../x');
    expect(readPageOptions('?ds=').datasetId).toBeNull();
  });
  it('accepts only a bare origin as parentOrigin', () => {
    expect(readPageOptions('?parentOrigin=https://www.weifang.gov.cn').parentOrigin).toBe(
      'https://www.weifang.gov.cn',
    );
    expect(readPageOptions('?parentOrigin=https://x.cn/path').parentOrigin).toBeNull();
    expect(readPageOptions('?parentOrigin=javascript:alert(1)').parentOrigin).toBeNull();
  });
  it('reads a storyline of view hashes', () => {
    expect(readPageOptions('?mode=present&step=%23%2F&step=%23%2Fprojects%2Fp11').steps).toEqual([
      '#/',
      '#/projects/p11',
    ]);
    expect(readPageOptions('?step=javascript:alert(1)').steps).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { bodyKey } from './body-name';

describe('bodyKey', () => {
  it('folds the full and the short official name of one office together', () => {
    expect(bodyKey('中国共产党江苏省委员会办公厅')).toBe(bodyKey('中共江苏省委办公厅'));
    expect(bodyKey('江苏省人民代表大会常务委员会办公厅')).toBe(bodyKey('江苏省人大常委会办公厅'));
  });
  it('keeps different bodies apart', () => {
    expect(bodyKey('中共江苏省委办公厅')).not.toBe(bodyKey('江苏省人民政府办公厅'));
    expect(bodyKey('上海市普陀区财政局')).not.toBe(bodyKey('上海市普陀区司法局'));
    expect(bodyKey('中共上海市普陀区委社会工作部')).toBe('中共上海市普陀区委社会工作部');
  });
});

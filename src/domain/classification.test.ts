import { describe, expect, it } from 'vitest';
import { FUNCTION_CLASSES_EN } from '../lib/i18n/strings/en/function-classes';
import { FUNCTION_CLASSES, functionLevel } from './classification';

describe('function classification', () => {
  it('has an English name for every national 类', () => {
    expect(Object.keys(FUNCTION_CLASSES_EN).sort()).toEqual(Object.keys(FUNCTION_CLASSES).sort());
    expect(FUNCTION_CLASSES_EN['215']).toBe('Resource exploration, industry and information');
  });
  it('tells 类, 款 and 项 apart by code length', () => {
    expect(['206', '20699', '2069999'].map(functionLevel)).toEqual(['类', '款', '项']);
  });
});

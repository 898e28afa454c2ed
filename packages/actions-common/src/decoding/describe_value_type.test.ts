import { describeValueType } from './describe_value_type';

describe('describeValueType', () => {
  it.each([
    ['text', 'string'],
    [42, 'number'],
    [Number.NaN, 'number'],
    [true, 'boolean'],
    [undefined, 'undefined'],
    [null, 'null'],
    [[], 'Array'],
    [{}, 'Object'],
    [Object.create(null), 'Object'],
    [new Date(0), 'Date'],
    [10n, 'bigint'],
    [() => undefined, 'function'],
  ])('%p is a %s', (value, name) => {
    expect(describeValueType(value)).toBe(name);
  });
});

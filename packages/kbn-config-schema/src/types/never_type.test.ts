import { schema } from '..';

describe('schema.never', () => {
  test('refuses any value of its key', () => {
    const s = schema.object({ a: schema.never() });
    expect(s.validate({})).toEqual({});
    expect(() => s.validate({ a: 1 })).toThrow("[a]: a value wasn't expected to be present");
  });
});

import { schema } from '..';

describe('schema.conditional', () => {
  test('on a context reference', () => {
    const s = schema.conditional(schema.contextRef('dist'), true, schema.string({ defaultValue: 'prod' }), schema.string({ defaultValue: 'dev' }));
    expect(s.validate(undefined, { dist: true })).toBe('prod');
    expect(s.validate(undefined, { dist: false })).toBe('dev');
  });

  test('on a sibling reference', () => {
    const s = schema.object({
      kind: schema.oneOf([schema.literal('basic'), schema.literal('none')]),
      password: schema.conditional(schema.siblingRef('kind'), 'basic', schema.string(), schema.never()),
    });
    expect(s.validate({ kind: 'basic', password: 'x' })).toEqual({ kind: 'basic', password: 'x' });
    expect(() => s.validate({ kind: 'basic' })).toThrow('[password]: expected value of type [string] but got [undefined]');
    expect(() => s.validate({ kind: 'none', password: 'x' })).toThrow("[password]: a value wasn't expected to be present");
  });

  test('contextRef as a default value', () => {
    const s = schema.object({ port: schema.number({ defaultValue: schema.contextRef('defaultPort') }) });
    expect(s.validate({}, { defaultPort: 9 })).toEqual({ port: 9 });
  });
});

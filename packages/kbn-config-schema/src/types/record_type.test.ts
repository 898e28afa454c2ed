import { schema } from '..';

describe('schema.recordOf', () => {
  const s = schema.recordOf(schema.string({ minLength: 2 }), schema.number());

  test('validates keys and values', () => {
    expect(s.validate({ ab: 1, cd: '2' })).toEqual({ ab: 1, cd: 2 });
  });

  test('a bad key is named with key("...")', () => {
    expect(() => s.validate({ a: 1 })).toThrow(
      '[key("a")]: value has length [1] but it must have a minimum length of [2].'
    );
  });

  test('a bad value is named by its key', () => {
    expect(() => s.validate({ ab: 'x' })).toThrow('[ab]: expected value of type [number] but got [string]');
  });

  test('type errors', () => {
    expect(() => s.validate([])).toThrow('expected value of type [object] but got [Array]');
    expect(() => s.validate(undefined)).toThrow('expected value of type [object] but got [undefined]');
  });

  test('inside an object, under a namespace', () => {
    const headers = schema.object({ headers: schema.recordOf(schema.string(), schema.string()) });
    expect(() => headers.validate({ headers: { a: 1 } }, {}, 'request body')).toThrow(
      '[request body.headers.a]: expected value of type [string] but got [number]'
    );
  });

  test('errors keep their full path through records and objects, as Kibana', () => {
    const nested = schema.object({
      parent: schema.object({ entries: schema.recordOf(schema.string({ minLength: 2 }), schema.object({ port: schema.number() })) }),
    });
    expect(() => nested.validate({ parent: { entries: { a: { port: 1 } } } }, {}, 'config')).toThrow(
      '[config.parent.entries.key("a")]: value has length [1] but it must have a minimum length of [2].'
    );
    expect(() => nested.validate({ parent: { entries: { ab: {} } } })).toThrow('[parent.entries.ab.port]: expected value of type [number] but got [undefined]');
    const ofRecords = schema.recordOf(schema.string(), schema.recordOf(schema.string(), schema.number()));
    expect(() => ofRecords.validate({ a: { b: 'x' } }, {}, 'ns')).toThrow('[ns.a.b]: expected value of type [number] but got [string]');
  });
});

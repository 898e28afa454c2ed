import { isLeft } from 'fp-ts/Either';
import * as t from 'io-ts';
import { type DecodeProblem, formatDecodeProblem, toDecodeProblems } from './format_validation_errors';

function problemsOf(codec: t.Mixed, value: unknown): DecodeProblem[] {
  const result = codec.decode(value);
  if (!isLeft(result)) throw new Error('expected the value to be refused');
  return toDecodeProblems(result.left);
}

const nested = t.type(
  {
    owner: t.type({ name: t.string, tags: t.array(t.string) }),
    settings: t.record(t.string, t.number, 'Record<string, number>'),
  },
  'Nested'
);

const merged = t.intersection(
  [t.type({ id: t.string }), t.partial({ when: t.union([t.string, t.null], 'string | null') })],
  'Merged'
);

describe('toDecodeProblems', () => {
  it.each<[string, t.Mixed, unknown, DecodeProblem[]]>([
    ['a scalar at the root', t.string, 1, [{ path: '', expected: 'string', actual: 'number' }]],
    [
      'nested keys and array indexes, joined by dots',
      nested,
      { owner: { name: 'a', tags: ['x', 2] }, settings: {} },
      [{ path: 'owner.tags.1', expected: 'string', actual: 'number' }],
    ],
    [
      'a record value, under its key',
      nested,
      { owner: { name: 'a', tags: [] }, settings: { retries: 'three' } },
      [{ path: 'settings.retries', expected: 'number', actual: 'string' }],
    ],
    [
      'intersection members, left out of the path',
      merged,
      { id: 7 },
      [{ path: 'id', expected: 'string', actual: 'number' }],
    ],
    [
      'a union, once as a whole',
      merged,
      { id: 'a', when: 5 },
      [{ path: 'when', expected: 'string | null', actual: 'number' }],
    ],
    [
      'an intersection refused at the root, once under its name',
      merged,
      'nope',
      [{ path: '', expected: 'Merged', actual: 'string' }],
    ],
    [
      'a union at the root, once under its name',
      t.union([t.string, t.number], 'string | number'),
      false,
      [{ path: '', expected: 'string | number', actual: 'boolean' }],
    ],
    [
      'an array of intersections',
      t.array(merged),
      [{ id: 'a' }, { id: 'b', when: [] }],
      [{ path: '1.when', expected: 'string | null', actual: 'Array' }],
    ],
  ])('reports %s', (_, codec, value, expected) => {
    expect(problemsOf(codec, value)).toEqual(expected);
  });
});

describe('formatDecodeProblem', () => {
  it.each<[DecodeProblem, string]>([
    [
      { path: 'name', expected: 'string', actual: 'undefined' },
      '[name]: expected value of type [string] but got [undefined]',
    ],
    [
      { path: '0.config', expected: 'Record<string, unknown>', actual: 'Array' },
      '[0.config]: expected value of type [Record<string, unknown>] but got [Array]',
    ],
    [
      { path: '', expected: 'ConnectorResponse', actual: 'null' },
      'expected value of type [ConnectorResponse] but got [null]',
    ],
  ])('formats %j', (problem, message) => {
    expect(formatDecodeProblem(problem)).toBe(message);
  });
});

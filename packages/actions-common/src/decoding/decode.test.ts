import * as t from 'io-ts';
import { DecodeError, decode, decodeOrThrow } from './decode';

const pointCodec = t.type({ x: t.number, y: t.number }, 'Point');

describe('decode', () => {
  it('returns the typed value when it matches', () => {
    expect(decode(pointCodec, { x: 1, y: 2 })).toEqual({ ok: true, value: { x: 1, y: 2 } });
  });

  it('returns a DecodeError listing every failing path when it does not', () => {
    const result = decode(pointCodec, { x: '1' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(DecodeError);
    expect(result.error).toBeInstanceOf(Error);
    expect(result.error.name).toBe('DecodeError');
    expect(result.error.codecName).toBe('Point');
    expect(result.error.problems).toEqual([
      { path: 'x', expected: 'number', actual: 'string' },
      { path: 'y', expected: 'number', actual: 'undefined' },
    ]);
    expect(result.error.message).toBe(
      'Invalid Point: [x]: expected value of type [number] but got [string]; ' +
        '[y]: expected value of type [number] but got [undefined]'
    );
  });

  it('spells out ten problems and counts the rest', () => {
    const listCodec = t.array(t.string, 'Names');
    const result = decode(listCodec, Array.from({ length: 13 }, (_, i) => i));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toHaveLength(13);
    expect(result.error.message).toMatch(
      /^Invalid Names: \[0\]: expected value of type \[string\] but got \[number\];/
    );
    expect(result.error.message).toContain('[9]: expected value of type [string] but got [number]');
    expect(result.error.message).not.toContain('[10]:');
    expect(result.error.message).toMatch(/; and 3 more$/);
  });

  it('never puts the offending value in the message', () => {
    const secretCodec = t.type({ token: t.number }, 'Secret');
    const result = decode(secretCodec, { token: 'xoxb-very-secret' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain('xoxb');
  });
});

describe('decodeOrThrow', () => {
  it('returns the typed value', () => {
    const point: { x: number; y: number } = decodeOrThrow(pointCodec, { x: 3, y: 4 });
    expect(point).toEqual({ x: 3, y: 4 });
  });

  it('throws the DecodeError', () => {
    let thrown: unknown;
    try {
      decodeOrThrow(pointCodec, null);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DecodeError);
    expect((thrown as DecodeError).message).toBe(
      'Invalid Point: expected value of type [Point] but got [null]'
    );
  });
});

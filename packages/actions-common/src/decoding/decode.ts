import { isLeft } from 'fp-ts/Either';
import type * as t from 'io-ts';
import { type DecodeProblem, formatDecodeProblem, toDecodeProblems } from './format_validation_errors';

/** How many problems a message spells out before summing up the rest. */
const MAX_PROBLEMS_IN_MESSAGE = 10;

/** A value did not match its codec. `problems` lists every failing path; `message` reads them out. */
export class DecodeError extends Error {
  readonly codecName: string;
  readonly problems: readonly DecodeProblem[];

  constructor(codecName: string, problems: readonly DecodeProblem[]) {
    super(describeProblems(codecName, problems));
    this.name = 'DecodeError';
    this.codecName = codecName;
    this.problems = problems;
  }
}

function describeProblems(codecName: string, problems: readonly DecodeProblem[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map(formatDecodeProblem);
  const hidden = problems.length - shown.length;
  if (hidden > 0) shown.push(`and ${hidden} more`);
  return `Invalid ${codecName}: ${shown.join('; ')}`;
}

export type DecodeResult<A> = { ok: true; value: A } | { ok: false; error: DecodeError };

/** The typed value, or the error naming what is wrong. Never throws. */
export function decode<A, O>(codec: t.Type<A, O, unknown>, value: unknown): DecodeResult<A> {
  const result = codec.decode(value);
  if (isLeft(result)) {
    return { ok: false, error: new DecodeError(codec.name, toDecodeProblems(result.left)) };
  }
  return { ok: true, value: result.right };
}

/** The typed value; throws a `DecodeError` listing the failing paths when it does not match. */
export function decodeOrThrow<A, O>(codec: t.Type<A, O, unknown>, value: unknown): A {
  const result = decode(codec, value);
  if (!result.ok) throw result.error;
  return result.value;
}

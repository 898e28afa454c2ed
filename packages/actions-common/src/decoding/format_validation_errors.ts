import * as t from 'io-ts';
import { describeValueType } from './describe_value_type';

/** One thing wrong with a decoded value: where, what was expected there, and what was found. */
export interface DecodeProblem {
  /** Keys and array indexes from the root, joined by dots (`0.supported_feature_ids.2`); `''` for the root. */
  path: string;
  /** The codec's name at that path: `string`, `boolean | IsoDateString | null`, `"ok" | "error"` ... */
  expected: string;
  /** The type of what was there: `number`, `undefined`, `null`, `Array` ... */
  actual: string;
}

/**
 * Members of unions and intersections show up in io-ts contexts under their index ("0", "1").
 * They are not keys of the value, so they are left out of the path, and the problem is named after
 * the union or intersection itself: a union once, as a whole, rather than once per member that did
 * not fit.
 */
function toProblem(error: t.ValidationError): DecodeProblem {
  const keys: string[] = [];
  let expected = error.context[0]?.type.name ?? 'unknown';
  let actual: unknown = error.value;
  for (let i = 1; i < error.context.length; i++) {
    const parent = error.context[i - 1].type;
    if (parent instanceof t.UnionType) break;
    if (parent instanceof t.IntersectionType) continue;
    const entry = error.context[i];
    keys.push(entry.key);
    expected = entry.type.name;
    actual = entry.actual;
  }
  return { path: keys.join('.'), expected, actual: describeValueType(actual) };
}

export function toDecodeProblems(errors: t.Errors): DecodeProblem[] {
  const seen = new Set<string>();
  const problems: DecodeProblem[] = [];
  for (const error of errors) {
    const problem = toProblem(error);
    const id = `${problem.path}\u0000${problem.expected}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems;
}

/** `[path]: expected value of type [T] but got [U]`, Kibana's wording for a schema failure. */
export function formatDecodeProblem({ path, expected, actual }: DecodeProblem): string {
  const reason = `expected value of type [${expected}] but got [${actual}]`;
  return path === '' ? reason : `[${path}]: ${reason}`;
}

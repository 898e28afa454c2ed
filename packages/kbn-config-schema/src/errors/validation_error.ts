import { SchemaError, type SchemaTypeError, SchemaTypesError } from './schema_error';

function describe(error: SchemaTypeError, namespace: string | undefined, level: number): string {
  const path = namespace === undefined ? error.path : [namespace, ...error.path];
  let message = error.message;
  if (error instanceof SchemaTypesError) {
    const children = error.errors.map((child) => `${' '.repeat(level)}- ${describe(child, namespace, level + 1)}`);
    message = `${message}\n${children.join('\n')}`;
  }
  return path.length === 0 ? message : `[${path.join('.')}]: ${message}`;
}

/**
 * What `validate` throws: the message names where the value failed, e.g.
 * `[request body.name]: expected value of type [string] but got [undefined]`.
 */
export class ValidationError extends SchemaError {
  constructor(public readonly error: SchemaTypeError, namespace?: string) {
    super(describe(error, namespace, 0), error);
  }
}

import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, toCustomRule, type TypeOptions } from './type';

export interface StringOptions extends TypeOptions<string> {
  minLength?: number;
  maxLength?: number;
  hostname?: boolean;
  /** Accept a number and turn it into its decimal text. */
  coerceFromNumber?: boolean;
}

export class StringType extends Type<string> {
  constructor(options: StringOptions = {}) {
    // Empty strings are valid, so the type check is our own rule rather than joi's string (which refuses '').
    let schema =
      options.hostname === true
        ? internals.string().hostname()
        : internals.any().custom((value: unknown, { error }) => {
            if (typeof value === 'string') return value;
            if (options.coerceFromNumber && typeof value === 'number') return value.toString(10);
            return error('any.custom', { message: `expected value of type [string] but got [${typeDetect(value)}]` });
          });
    const { minLength, maxLength } = options;
    if (minLength !== undefined) {
      schema = schema.custom(
        toCustomRule((value: string) =>
          value.length < minLength
            ? `value has length [${value.length}] but it must have a minimum length of [${minLength}].`
            : undefined
        )
      );
    }
    if (maxLength !== undefined) {
      schema = schema.custom(
        toCustomRule((value: string) =>
          value.length > maxLength
            ? `value has length [${value.length}] but it must have a maximum length of [${maxLength}].`
            : undefined
        )
      );
    }
    // The limits are custom rules (for Kibana's messages), which schema readers cannot see: say them in meta.
    if (minLength !== undefined || maxLength !== undefined) schema = schema.meta({ openapi: { minLength, maxLength } });
    schema.type = 'string';
    super(schema, options);
  }

  protected override handleError(code: string, { value }: Record<string, unknown>) {
    switch (code) {
      case 'any.required':
      case 'string.base':
        return `expected value of type [string] but got [${typeDetect(value)}]`;
      case 'string.hostname':
        return 'value must be a valid hostname (see RFC 1123).';
    }
  }
}

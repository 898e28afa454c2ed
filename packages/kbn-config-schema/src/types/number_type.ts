import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type TypeOptions } from './type';

export interface NumberOptions extends TypeOptions<number> {
  min?: number;
  max?: number;
  /** Refuse numeric strings such as "42" (accepted by default, as Kibana does for query strings). */
  unsafe?: boolean;
}

export class NumberType extends Type<number> {
  constructor(options: NumberOptions = {}) {
    let schema = internals.number();
    if (options.min !== undefined) schema = schema.min(options.min);
    if (options.max !== undefined) schema = schema.max(options.max);
    if (options.unsafe) schema = schema.unsafe(true);
    super(schema, options);
  }

  protected override handleError(code: string, { limit, value }: Record<string, unknown>) {
    switch (code) {
      case 'any.required':
      case 'number.base':
        return `expected value of type [number] but got [${typeDetect(value)}]`;
      case 'number.min':
        return `Value must be equal to or greater than [${String(limit)}].`;
      case 'number.max':
        return `Value must be equal to or lower than [${String(limit)}].`;
      case 'number.infinity':
        return `expected value of type [number] but got [${String(value)}]`;
    }
  }
}

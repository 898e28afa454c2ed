import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type TypeOptions } from './type';

export class BooleanType extends Type<boolean> {
  constructor(options?: TypeOptions<boolean>) {
    // Joi also takes the strings "true" and "false" (query strings, env vars), as Kibana does.
    super(internals.boolean(), options);
  }

  protected override handleError(code: string, { value }: Record<string, unknown>) {
    if (code === 'any.required' || code === 'boolean.base') {
      return `expected value of type [boolean] but got [${typeDetect(value)}]`;
    }
  }
}

import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type TypeOptions } from './type';

export class AnyType extends Type<unknown> {
  constructor(options?: TypeOptions<unknown>) {
    // Joi's `any` takes every value but `undefined`, as Kibana's does.
    super(internals.any(), options);
  }

  protected override handleError(code: string, { value }: Record<string, unknown>) {
    if (code === 'any.required') return `expected value of type [any] but got [${typeDetect(value)}]`;
  }
}

import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type TypeOptions } from './type';

export class BufferType extends Type<Buffer> {
  constructor(options?: TypeOptions<Buffer>) {
    super(internals.binary(), options);
  }

  protected override handleError(code: string, { value }: Record<string, unknown>) {
    if (code === 'any.required' || code === 'binary.base') return `expected value of type [Buffer] but got [${typeDetect(value)}]`;
  }
}

import { ByteSizeValue, ensureByteSizeValue } from '../byte_size_value';
import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type DefaultValue, type TypeOptions } from './type';

export interface ByteSizeOptions extends Omit<TypeOptions<ByteSizeValue>, 'defaultValue'> {
  defaultValue?: DefaultValue<ByteSizeValue | string | number>;
  min?: ByteSizeValue | string | number;
  max?: ByteSizeValue | string | number;
}

export class ByteSizeType extends Type<ByteSizeValue> {
  constructor(options: ByteSizeOptions = {}) {
    const min = options.min === undefined ? undefined : ensureByteSizeValue(options.min);
    const max = options.max === undefined ? undefined : ensureByteSizeValue(options.max);
    const schema = internals.any().custom((value: unknown, { error }) => {
      if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof ByteSizeValue)) {
        return error('bytes.base');
      }
      let size: ByteSizeValue;
      try {
        size = ensureByteSizeValue(value);
      } catch (e) {
        return error('any.custom', { message: (e as Error).message });
      }
      if (min && size.isLessThan(min)) return error('bytes.min', { limit: min });
      if (max && size.isGreaterThan(max)) return error('bytes.max', { limit: max });
      return size;
    });
    const { defaultValue } = options;
    super(schema, {
      ...options,
      defaultValue:
        typeof defaultValue === 'string' || typeof defaultValue === 'number'
          ? ensureByteSizeValue(defaultValue)
          : (defaultValue as DefaultValue<ByteSizeValue>),
    });
  }

  protected override handleError(code: string, { value, limit }: Record<string, unknown>) {
    switch (code) {
      case 'any.required':
      case 'bytes.base':
        return `expected value of type [ByteSize] but got [${typeDetect(value)}]`;
      case 'bytes.min':
        return `Value must be equal to or greater than [${String(limit)}]`;
      case 'bytes.max':
        return `Value must be equal to or less than [${String(limit)}]`;
    }
  }
}

import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type ExtendsDeepOptions, type TypeOptions } from './type';

export interface ArrayOptions<V> extends TypeOptions<V[]> {
  minSize?: number;
  maxSize?: number;
}

export class ArrayType<V> extends Type<V[]> {
  constructor(private readonly itemType: Type<V>, private readonly options: ArrayOptions<V> = {}) {
    let schema = internals.array().items(itemType.getSchema().optional()).sparse(false);
    if (options.minSize !== undefined) schema = schema.min(options.minSize);
    if (options.maxSize !== undefined) schema = schema.max(options.maxSize);
    super(schema, options);
  }

  public override extendsDeep(options: ExtendsDeepOptions): ArrayType<V> {
    return new ArrayType(this.itemType.extendsDeep(options), this.options);
  }

  protected override handleError(code: string, { limit, reason, value }: Record<string, unknown>) {
    switch (code) {
      case 'any.required':
      case 'array.base':
        return `expected value of type [array] but got [${typeDetect(value)}]`;
      case 'array.sparse':
        return 'sparse array are not allowed';
      case 'array.parse':
        return 'could not parse array value from json input';
      case 'array.min':
        return `array size is [${(value as unknown[]).length}], but cannot be smaller than [${String(limit)}]`;
      case 'array.max':
        return `array size is [${(value as unknown[]).length}], but cannot be greater than [${String(limit)}]`;
      case 'array.includesOne':
        return Array.isArray(reason) ? String(reason[0]) : undefined;
    }
  }
}

import { internals } from '../internals';
import { SchemaTypeError } from '../errors';
import { typeDetect } from '../type_detect';
import { entryError, validateEntries } from './entries';
import { Type, type ExtendsDeepOptions, type TypeOptions } from './type';

/** An object whose keys and values each follow one type. */
export class RecordOfType<K extends string, V> extends Type<Record<K, V>> {
  constructor(
    private readonly keyType: Type<K>,
    private readonly valueType: Type<V>,
    private readonly options: TypeOptions<Record<K, V>> = {}
  ) {
    const schema = internals
      .object()
      .unknown(true)
      .custom((value: Record<string, unknown>, { error, prefs }) => {
        const context = (prefs.context ?? {}) as Record<string, unknown>;
        const entries = validateEntries(Object.entries(value), keyType, valueType, context);
        if (entries instanceof SchemaTypeError) return error('record.entry', { entry: entries });
        return Object.fromEntries(entries);
      });
    super(schema, options);
  }

  public override extendsDeep(options: ExtendsDeepOptions): RecordOfType<K, V> {
    return new RecordOfType(this.keyType.extendsDeep(options), this.valueType.extendsDeep(options), this.options);
  }

  protected override handleError(code: string, { value, entry }: Record<string, unknown>, path: string[]) {
    switch (code) {
      case 'any.required':
      case 'object.base':
        return `expected value of type [object] but got [${typeDetect(value)}]`;
      case 'object.parse':
        return 'could not parse record value from json input';
      case 'record.entry':
        return entryError(entry, path);
    }
  }
}

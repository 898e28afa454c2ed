import { internals } from '../internals';
import { SchemaTypeError } from '../errors';
import { typeDetect } from '../type_detect';
import { entryError, validateEntries } from './entries';
import { Type, type ExtendsDeepOptions, type TypeOptions } from './type';

/** A `Map`, given as a Map or as a plain object. */
export class MapOfType<K, V> extends Type<Map<K, V>> {
  constructor(
    private readonly keyType: Type<K>,
    private readonly valueType: Type<V>,
    private readonly options: TypeOptions<Map<K, V>> = {}
  ) {
    const schema = internals.any().custom((value: unknown, { error, prefs }) => {
      let entries: Iterable<[unknown, unknown]>;
      if (value instanceof Map) entries = value.entries();
      else if (value !== null && typeof value === 'object' && !Array.isArray(value)) entries = Object.entries(value);
      else return error('map.base');
      const context = (prefs.context ?? {}) as Record<string, unknown>;
      const result = validateEntries(entries, keyType, valueType, context);
      if (result instanceof SchemaTypeError) return error('map.entry', { entry: result });
      return new Map(result);
    });
    super(schema, options);
  }

  public override extendsDeep(options: ExtendsDeepOptions): MapOfType<K, V> {
    return new MapOfType(this.keyType.extendsDeep(options), this.valueType.extendsDeep(options), this.options);
  }

  protected override handleError(code: string, { value, entry }: Record<string, unknown>, path: string[]) {
    switch (code) {
      case 'any.required':
      case 'map.base':
        return `expected value of type [Map] or [object] but got [${typeDetect(value)}]`;
      case 'map.entry':
        return entryError(entry, path);
    }
  }
}

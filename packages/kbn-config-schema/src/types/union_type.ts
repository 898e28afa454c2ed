import { SchemaTypeError, SchemaTypesError } from '../errors';
import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type ExtendsDeepOptions, type TypeOptions } from './type';

type TypesOf<RTS extends Array<Type<unknown>>> = RTS[number]['type'];

/** The first of the given types that accepts the value. */
export class UnionType<RTS extends Array<Type<unknown>>> extends Type<TypesOf<RTS>> {
  constructor(private readonly types: RTS, private readonly options?: TypeOptions<TypesOf<RTS>>) {
    super(internals.alternatives(types.map((type) => type.getSchema())).match('any'), options);
  }

  public override extendsDeep(options: ExtendsDeepOptions): UnionType<RTS> {
    return new UnionType(this.types.map((type) => type.extendsDeep(options)) as RTS, this.options);
  }

  protected override handleError(code: string, { value, details }: Record<string, unknown>, path: string[]) {
    switch (code) {
      case 'any.required':
        return `expected at least one defined value but got [${typeDetect(value)}]`;
      case 'alternatives.match': {
        const failures = (details as Array<{ context: { error: SchemaTypeError } }>).map((detail, index) => {
          const error = detail.context.error;
          // Each alternative's failure is reported under its index: `[key.0]: ...`.
          const childPath = error.path.slice();
          childPath.splice(path.length, 0, String(index));
          return error instanceof SchemaTypesError
            ? new SchemaTypesError(error.message, childPath, error.errors)
            : new SchemaTypeError(error.message, childPath);
        });
        return new SchemaTypesError('types that failed validation:', path, failures);
      }
    }
  }
}

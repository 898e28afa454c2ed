import { Type, type ExtendsDeepOptions, type DefaultValue } from './type';

/** The wrapped type, or `undefined` when the key is missing. */
export class MaybeType<V> extends Type<V | undefined> {
  constructor(private readonly maybeType: Type<V>, options: { defaultValue?: DefaultValue<V> } = {}) {
    // Drop any default of the wrapped type: `maybe(string({ defaultValue }))` stays undefined when missing.
    const inner = maybeType.getSchema().optional();
    inner.$_setFlag('default', undefined, { clone: false });
    super(inner, options as { defaultValue?: DefaultValue<V | undefined> });
  }

  public override extendsDeep(options: ExtendsDeepOptions): MaybeType<V> {
    return new MaybeType(this.maybeType.extendsDeep(options));
  }
}

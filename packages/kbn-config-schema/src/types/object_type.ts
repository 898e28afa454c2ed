import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type ExtendsDeepOptions, type OptionsForUnknowns, type TypeOptions } from './type';

export type Props = Record<string, Type<unknown>>;

type OptionalKeys<P extends Props> = { [K in keyof P]: undefined extends P[K]['type'] ? K : never }[keyof P];
type RequiredKeys<P extends Props> = Exclude<keyof P, OptionalKeys<P>>;

/** The validated shape: keys whose type admits `undefined` are optional. */
export type ObjectResultType<P extends Props> = Readonly<
  { [K in OptionalKeys<P>]?: P[K]['type'] } & { [K in RequiredKeys<P>]: P[K]['type'] }
>;

/** New props for `extends`: a key set to `undefined` is removed. */
export type ExtendedProps<P extends Props, NP extends NullableProps> = Omit<P, keyof NP> & {
  [K in keyof NP as NP[K] extends Type<unknown> ? K : never]: Exclude<NP[K], null | undefined>;
};
export type NullableProps = Record<string, Type<unknown> | undefined | null>;

export interface ObjectTypeOptions<P extends Props> extends TypeOptions<ObjectResultType<P>> {
  unknowns?: OptionsForUnknowns;
}

export class ObjectType<P extends Props = Props> extends Type<ObjectResultType<P>> {
  constructor(private readonly props: P, private readonly options: ObjectTypeOptions<P> = {}) {
    const keys: Record<string, ReturnType<Type<unknown>['getSchema']>> = {};
    for (const [key, type] of Object.entries(props)) keys[key] = type.getSchema();
    const unknowns = options.unknowns ?? 'forbid';
    // `default()` without a value builds `{}` from the keys' own defaults, so a missing object
    // reports its first missing required key rather than itself.
    let schema = internals.object().keys(keys).default().optional();
    if (unknowns === 'allow') schema = schema.unknown(true);
    if (unknowns === 'ignore') schema = schema.prefs({ stripUnknown: { objects: true } });
    super(schema, options);
  }

  /** The same object with more (or, set to undefined, fewer) keys. */
  public extends<NP extends NullableProps>(
    newProps: NP,
    newOptions?: ObjectTypeOptions<ExtendedProps<P, NP>>
  ): ObjectType<ExtendedProps<P, NP>> {
    const props: Props = { ...this.props };
    for (const [key, type] of Object.entries(newProps)) {
      if (type == null) delete props[key];
      else props[key] = type;
    }
    return new ObjectType(props as ExtendedProps<P, NP>, {
      ...(this.options as ObjectTypeOptions<ExtendedProps<P, NP>>),
      ...newOptions,
    });
  }

  public override extendsDeep(options: ExtendsDeepOptions): ObjectType<P> {
    const props: Props = {};
    for (const [key, type] of Object.entries(this.props)) props[key] = type.extendsDeep(options);
    return new ObjectType(props as P, { ...this.options, unknowns: options.unknowns ?? this.options.unknowns });
  }

  /** The schema of one key, e.g. to validate a single field. */
  public getPropSchemas(): P {
    return { ...this.props };
  }

  protected override handleError(code: string, { reason, value }: Record<string, unknown>) {
    switch (code) {
      case 'any.required':
      case 'object.base':
        return `expected a plain object value, but found [${typeDetect(value)}] instead.`;
      case 'object.parse':
        return 'could not parse object value from json input';
      case 'object.unknown':
        return 'definition for this key is missing';
      case 'object.child':
        return Array.isArray(reason) ? String(reason[0]) : undefined;
    }
  }
}

import Joi from 'joi';

/** A value taken at validation time from the context or from a sibling key. */
export class Reference<T> {
  public static isReference<V>(value: unknown): value is Reference<V> {
    return value instanceof Reference;
  }

  private readonly internalSchema: Joi.Reference;

  constructor(key: string) {
    this.internalSchema = Joi.ref(key);
  }

  /** @internal the joi reference (used when building defaults and conditions). */
  public getSchema(): Joi.Reference {
    return this.internalSchema;
  }

  /** Only for type inference. */
  protected readonly valueType?: T;
}

/** `schema.contextRef('dev')`: reads `context.dev` passed to `validate(value, context)`. */
export class ContextReference<T> extends Reference<T> {
  constructor(key: string) {
    super(`$${key}`);
  }
}

/** `schema.siblingRef('type')`: reads a key of the same object. */
export class SiblingReference<T> extends Reference<T> {}

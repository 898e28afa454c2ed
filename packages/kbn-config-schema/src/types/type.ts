import type { CustomValidator, ErrorReport, Schema } from 'joi';
import { SchemaTypeError, ValidationError } from '../errors';
import { Reference } from '../references';

export type DefaultValue<T> = T | (() => T) | Reference<T>;

export interface TypeMeta {
  /** For generated API documentation. */
  description?: string;
  deprecated?: boolean;
}

export interface TypeOptions<T> {
  defaultValue?: DefaultValue<T>;
  /** Extra check, run only when the value passed the type's own checks; return a message to fail. */
  validate?: (value: T) => string | void;
  meta?: TypeMeta;
}

/** Unknown keys of objects: accepted as they are, dropped, or refused (the default). */
export type OptionsForUnknowns = 'allow' | 'ignore' | 'forbid';

export interface ExtendsDeepOptions {
  unknowns?: OptionsForUnknowns;
}

/** Turns a `validate` option into a joi custom rule whose failure carries our message. */
export function toCustomRule<T>(validate: (value: T) => string | void): CustomValidator<T> {
  return (value, { error }) => {
    let message: string | void;
    try {
      message = validate(value);
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    return typeof message === 'string' ? error('any.custom', { message }) : value;
  };
}

/**
 * A schema kind. Each wraps a joi schema, and turns joi's errors into Kibana's messages through
 * `handleError`, so every kind speaks the same language whatever joi says.
 */
export abstract class Type<V> {
  /** Only for `TypeOf<>`; never set. */
  public readonly type!: V;
  /** Lets `isConfigSchema` tell our schemas apart from anything else. */
  public readonly __isKbnConfigSchemaType = true;

  protected readonly internalSchema: Schema;

  protected constructor(schema: Schema, options: TypeOptions<V> = {}) {
    if (options.defaultValue !== undefined) {
      const defaultValue = options.defaultValue;
      schema = schema
        .optional()
        .default(Reference.isReference(defaultValue) ? defaultValue.getSchema() : (defaultValue as unknown as object));
    }
    if (options.validate) {
      schema = schema.custom(toCustomRule(options.validate));
    }
    if (options.meta?.description) {
      schema = schema.description(options.meta.description);
    }
    if (options.meta?.deprecated) {
      schema = schema.meta({ deprecated: true });
    }
    // Only the last error handler counts in joi; keep the innermost kind's one.
    if (schema.$_getFlag('error') === undefined) {
      schema = schema.error((errors) => this.onError(errors[0] as ErrorReport | SchemaTypeError));
    }
    this.internalSchema = schema;
  }

  /** Returns the value validated, converted and defaulted, or throws a `ValidationError`. */
  public validate(value: unknown, context: Record<string, unknown> = {}, namespace?: string): V {
    const { value: validated, error } = this.internalSchema.validate(value, { context, presence: 'required' });
    if (error) {
      const cause = error as unknown;
      throw new ValidationError(
        cause instanceof SchemaTypeError ? cause : new SchemaTypeError(error.message, []),
        namespace
      );
    }
    return validated as V;
  }

  /** The joi schema underneath (for generated API documentation). */
  public getSchema(): Schema {
    return this.internalSchema;
  }

  /** Kinds that hold other kinds pass `unknowns` down to every object inside. */
  public extendsDeep(_options: ExtendsDeepOptions): Type<V> {
    return this;
  }

  protected handleError(
    _code: string,
    _context: Record<string, unknown>,
    _path: string[]
  ): string | SchemaTypeError | void {
    return undefined;
  }

  private onError(error: ErrorReport | SchemaTypeError): SchemaTypeError {
    if (error instanceof SchemaTypeError) {
      return error;
    }
    const path = error.path.map((entry) => String(entry));
    const context: Record<string, unknown> = { ...error.local, value: error.value };
    const handled = this.handleError(error.code, context, path);
    if (handled instanceof SchemaTypeError) return handled;
    if (typeof handled === 'string') return new SchemaTypeError(handled, path);
    if (error.code === 'any.custom' && typeof context.message === 'string') {
      return new SchemaTypeError(context.message, path);
    }
    return new SchemaTypeError(error.toString() || error.code, path);
  }
}

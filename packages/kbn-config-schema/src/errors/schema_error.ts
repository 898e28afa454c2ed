/** Base of every error this package throws. */
export class SchemaError extends Error {
  constructor(message: string, cause?: Error) {
    super(message, cause ? { cause } : undefined);
    this.name = this.constructor.name;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** One failure, at a path of keys below the validated value. */
export class SchemaTypeError extends SchemaError {
  constructor(message: string, public readonly path: string[]) {
    super(message);
  }
}

/** A failure made of several (each alternative of a `oneOf`). */
export class SchemaTypesError extends SchemaTypeError {
  constructor(message: string, path: string[], public readonly errors: SchemaTypeError[]) {
    super(message, path);
  }
}

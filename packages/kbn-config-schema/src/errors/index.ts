export { SchemaError, SchemaTypeError, SchemaTypesError } from './schema_error';
export { ValidationError } from './validation_error';

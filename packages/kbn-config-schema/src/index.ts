import type { Duration } from 'moment';
import type { ByteSizeValue } from './byte_size_value';
import { ContextReference, type Reference, SiblingReference } from './references';
import { AnyType } from './types/any_type';
import { ArrayType, type ArrayOptions } from './types/array_type';
import { BooleanType } from './types/boolean_type';
import { BufferType } from './types/buffer_type';
import { ByteSizeType, type ByteSizeOptions } from './types/byte_size_type';
import { ConditionalType, type ConditionalTypeValue } from './types/conditional_type';
import { DurationType, type DurationOptions } from './types/duration_type';
import { IpType, type IpOptions } from './types/ip_type';
import { LiteralType, type Literal } from './types/literal_type';
import { MapOfType } from './types/map_type';
import { MaybeType } from './types/maybe_type';
import { NeverType } from './types/never_type';
import { NumberType, type NumberOptions } from './types/number_type';
import { ObjectType, type ObjectTypeOptions, type Props } from './types/object_type';
import { RecordOfType } from './types/record_type';
import { StreamType } from './types/stream_type';
import { StringType, type StringOptions } from './types/string_type';
import { Type, type DefaultValue, type TypeOptions } from './types/type';
import { UnionType } from './types/union_type';
import { URIType, type URIOptions } from './types/uri_type';

/** The validated value's type: `TypeOf<typeof mySchema>`. */
export type TypeOf<RT extends Type<unknown>> = RT['type'];

function any(options?: TypeOptions<unknown>): Type<unknown> {
  return new AnyType(options);
}
function boolean(options?: TypeOptions<boolean>): Type<boolean> {
  return new BooleanType(options);
}
function string(options?: StringOptions): Type<string> {
  return new StringType(options);
}
function number(options?: NumberOptions): Type<number> {
  return new NumberType(options);
}
function literal<V extends Literal>(value: V, options?: TypeOptions<V>): Type<V> {
  return new LiteralType(value, options);
}
function never(): Type<never> {
  return new NeverType();
}
function uri(options?: URIOptions): Type<string> {
  return new URIType(options);
}
function ip(options?: IpOptions): Type<string> {
  return new IpType(options);
}
function duration(options?: DurationOptions): Type<Duration> {
  return new DurationType(options);
}
function byteSize(options?: ByteSizeOptions): Type<ByteSizeValue> {
  return new ByteSizeType(options);
}
function stream(options?: TypeOptions<NodeJS.ReadableStream>): Type<NodeJS.ReadableStream> {
  return new StreamType(options);
}
function buffer(options?: TypeOptions<Buffer>): Type<Buffer> {
  return new BufferType(options);
}
function maybe<V>(type: Type<V>, options?: { defaultValue?: DefaultValue<V> }): Type<V | undefined> {
  return new MaybeType(type, options);
}
function nullable<V>(type: Type<V>): Type<V | null> {
  return new UnionType([type, literal(null)], { defaultValue: null }) as Type<V | null>;
}
function object<P extends Props>(props: P, options?: ObjectTypeOptions<P>): ObjectType<P> {
  return new ObjectType(props, options);
}
function arrayOf<V>(itemType: Type<V>, options?: ArrayOptions<V>): Type<V[]> {
  return new ArrayType(itemType, options);
}
function recordOf<K extends string, V>(keyType: Type<K>, valueType: Type<V>, options?: TypeOptions<Record<K, V>>): Type<Record<K, V>> {
  return new RecordOfType(keyType, valueType, options);
}
function mapOf<K, V>(keyType: Type<K>, valueType: Type<V>, options?: TypeOptions<Map<K, V>>): Type<Map<K, V>> {
  return new MapOfType(keyType, valueType, options);
}
function oneOf<RTS extends Array<Type<unknown>>>(types: [...RTS], options?: TypeOptions<RTS[number]['type']>): Type<RTS[number]['type']> {
  return new UnionType(types, options);
}
function contextRef<T>(key: string): ContextReference<T> {
  return new ContextReference<T>(key);
}
function siblingRef<T>(key: string): SiblingReference<T> {
  return new SiblingReference<T>(key);
}
function conditional<A extends ConditionalTypeValue, B, C>(
  leftOperand: Reference<A>,
  rightOperand: Reference<A> | A | Type<unknown>,
  equalType: Type<B>,
  notEqualType: Type<C>,
  options?: TypeOptions<B | C>
): Type<B | C> {
  return new ConditionalType(leftOperand, rightOperand, equalType, notEqualType, options);
}

export const schema = {
  any,
  arrayOf,
  boolean,
  buffer,
  byteSize,
  conditional,
  contextRef,
  duration,
  ip,
  literal,
  mapOf,
  maybe,
  never,
  nullable,
  number,
  object,
  oneOf,
  recordOf,
  siblingRef,
  stream,
  string,
  uri,
};

export type Schema = typeof schema;

/** True for any schema built by this package. */
export function isConfigSchema(value: unknown): value is Type<unknown> {
  return typeof value === 'object' && value !== null && (value as { __isKbnConfigSchemaType?: unknown }).__isKbnConfigSchemaType === true;
}

export { Type, ObjectType };
export type { DefaultValue, TypeOptions, Props, ObjectTypeOptions };
export type { ObjectResultType } from './types/object_type';
export type { OptionsForUnknowns, ExtendsDeepOptions, TypeMeta } from './types/type';
export { ByteSizeValue } from './byte_size_value';
export { ensureDuration } from './duration';
export type { Duration } from 'moment';
export { SchemaError, SchemaTypeError, SchemaTypesError, ValidationError } from './errors';
export { Reference, ContextReference, SiblingReference } from './references';

import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type TypeOptions } from './type';

/** A readable stream (a request body taken as a stream). */
interface StreamLike {
  pipe: (...args: never[]) => unknown;
  on: (...args: never[]) => unknown;
}

export class StreamType extends Type<NodeJS.ReadableStream> {
  constructor(options?: TypeOptions<NodeJS.ReadableStream>) {
    const schema = internals.any().custom((value: unknown, { error }) => {
      const candidate = value as Partial<StreamLike> | null;
      if (candidate !== null && typeof candidate === 'object' && typeof candidate.pipe === 'function' && typeof candidate.on === 'function') {
        return value;
      }
      return error('stream.base');
    });
    super(schema, options);
  }

  protected override handleError(code: string, { value }: Record<string, unknown>) {
    if (code === 'any.required' || code === 'stream.base') return `expected value of type [Stream] but got [${typeDetect(value)}]`;
  }
}

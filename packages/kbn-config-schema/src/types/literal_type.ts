import { internals } from '../internals';
import { Type, type TypeOptions } from './type';

export type Literal = string | number | boolean | null;

export class LiteralType<V extends Literal> extends Type<V> {
  constructor(private readonly literal: V, options?: TypeOptions<V>) {
    super(internals.any().valid(literal), options);
  }

  protected override handleError(code: string) {
    if (code === 'any.required' || code === 'any.only') {
      return `expected value to equal [${String(this.literal)}]`;
    }
  }
}

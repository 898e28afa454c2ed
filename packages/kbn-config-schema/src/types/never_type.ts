import { internals } from '../internals';
import { Type } from './type';

/** A key that must not be set. */
export class NeverType extends Type<never> {
  constructor() {
    super(internals.any().forbidden());
  }

  protected override handleError(code: string) {
    if (code === 'any.unknown') return "a value wasn't expected to be present";
  }
}

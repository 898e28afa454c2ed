import { internals } from '../internals';
import { Reference } from '../references';
import { typeDetect } from '../type_detect';
import { Type, type ExtendsDeepOptions, type TypeOptions } from './type';

export type ConditionalTypeValue = string | number | boolean | null;

/** `equalType` when the reference (context or sibling) matches `is`, else `notEqualType`. */
export class ConditionalType<A extends ConditionalTypeValue, B, C> extends Type<B | C> {
  constructor(
    private readonly leftOperand: Reference<A>,
    private readonly rightOperand: Reference<A> | A | Type<unknown>,
    private readonly equalType: Type<B>,
    private readonly notEqualType: Type<C>,
    private readonly options?: TypeOptions<B | C>
  ) {
    const is = Reference.isReference(rightOperand)
      ? rightOperand.getSchema()
      : rightOperand instanceof Type
        ? rightOperand.getSchema()
        : rightOperand;
    const schema = internals.any().when(leftOperand.getSchema(), {
      is,
      then: equalType.getSchema(),
      otherwise: notEqualType.getSchema(),
    });
    super(schema, options);
  }

  public override extendsDeep(options: ExtendsDeepOptions): ConditionalType<A, B, C> {
    return new ConditionalType(
      this.leftOperand,
      this.rightOperand,
      this.equalType.extendsDeep(options),
      this.notEqualType.extendsDeep(options),
      this.options
    );
  }

  protected override handleError(code: string, { value }: Record<string, unknown>) {
    if (code === 'any.required') return `expected at least one defined value but got [${typeDetect(value)}]`;
  }
}

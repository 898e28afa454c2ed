import { ensureDuration, type Duration } from '../duration';
import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type DefaultValue, type TypeOptions } from './type';

export interface DurationOptions extends Omit<TypeOptions<Duration>, 'defaultValue'> {
  defaultValue?: DefaultValue<Duration | string | number>;
  min?: Duration | string | number;
  max?: Duration | string | number;
}

export class DurationType extends Type<Duration> {
  constructor(options: DurationOptions = {}) {
    const min = options.min === undefined ? undefined : ensureDuration(options.min);
    const max = options.max === undefined ? undefined : ensureDuration(options.max);
    const schema = internals.any().custom((value: unknown, { error }) => {
      if (typeof value !== 'string' && typeof value !== 'number' && !isDurationLike(value)) {
        return error('duration.base');
      }
      let duration: Duration;
      try {
        duration = ensureDuration(value as Duration | string | number);
      } catch (e) {
        return error('any.custom', { message: (e as Error).message });
      }
      if (min && duration.asMilliseconds() < min.asMilliseconds()) return error('duration.min', { limit: min });
      if (max && duration.asMilliseconds() > max.asMilliseconds()) return error('duration.max', { limit: max });
      return duration;
    });
    const { defaultValue } = options;
    super(schema, {
      ...options,
      defaultValue:
        typeof defaultValue === 'string' || typeof defaultValue === 'number' ? ensureDuration(defaultValue) : (defaultValue as DefaultValue<Duration>),
    });
  }

  protected override handleError(code: string, { value, limit }: Record<string, unknown>) {
    switch (code) {
      case 'any.required':
      case 'duration.base':
        return `expected value of type [moment.Duration] but got [${typeDetect(value)}]`;
      case 'duration.min':
        return `Value must be equal to or greater than [${String(limit)}]`;
      case 'duration.max':
        return `Value must be equal to or less than [${String(limit)}]`;
    }
  }
}

function isDurationLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Duration).asMilliseconds === 'function';
}

import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type TypeOptions } from './type';

export interface URIOptions extends TypeOptions<string> {
  /** Allowed schemes, e.g. `['http', 'https']`. */
  scheme?: string | string[];
}

export class URIType extends Type<string> {
  constructor(options: URIOptions = {}) {
    super(internals.string().uri({ scheme: options.scheme }), options);
  }

  protected override handleError(code: string, { value, scheme }: Record<string, unknown>) {
    switch (code) {
      case 'any.required':
      case 'string.base':
        return `expected value of type [string] but got [${typeDetect(value)}]`;
      case 'string.uriCustomScheme':
        return `expected URI with scheme [${String(scheme)}].`;
      case 'string.uri':
        return 'value must be a valid URI (see RFC 3986).';
    }
  }
}

import { internals } from '../internals';
import { typeDetect } from '../type_detect';
import { Type, type TypeOptions } from './type';

export type IpVersion = 'ipv4' | 'ipv6';

export interface IpOptions extends TypeOptions<string> {
  versions?: IpVersion[];
}

export class IpType extends Type<string> {
  constructor(options: IpOptions = {}) {
    const versions = options.versions ?? ['ipv4', 'ipv6'];
    super(internals.string().ip({ version: versions, cidr: 'forbidden' }), options);
    this.versions = versions;
  }

  private readonly versions: IpVersion[];

  protected override handleError(code: string, { value }: Record<string, unknown>) {
    switch (code) {
      case 'any.required':
      case 'string.base':
        return `expected value of type [string] but got [${typeDetect(value)}]`;
      case 'string.ipVersion':
      case 'string.ip':
        return `value must be a valid ${this.versions.join(' or ')} address`;
    }
  }
}

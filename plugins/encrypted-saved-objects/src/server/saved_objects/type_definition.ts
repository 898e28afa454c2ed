import type { EncryptedSavedObjectTypeRegistration } from '../types';

/**
 * Which attributes of one type are encrypted, which of those are stripped from reads, and which
 * plain attributes are bound into the AAD. Names are top-level attribute keys, matched exactly.
 */
export class EncryptedSavedObjectTypeDefinition {
  public readonly type: string;
  public readonly attributesToEncrypt: ReadonlySet<string>;
  public readonly attributesToIncludeInAAD: ReadonlySet<string>;
  private readonly attributesToStrip: ReadonlySet<string>;

  constructor(registration: EncryptedSavedObjectTypeRegistration) {
    const toEncrypt = new Set<string>();
    const toStrip = new Set<string>();
    for (const attribute of registration.attributesToEncrypt) {
      const key = typeof attribute === 'string' ? attribute : attribute.key;
      toEncrypt.add(key);
      if (typeof attribute === 'string' || !attribute.dangerouslyExposeValue) toStrip.add(key);
    }
    // A copy: the caller keeps its own Set and may change it later.
    const inAAD = new Set(registration.attributesToIncludeInAAD ?? []);
    assertValid(registration.type, toEncrypt, inAAD);
    this.type = registration.type;
    this.attributesToEncrypt = toEncrypt;
    this.attributesToIncludeInAAD = inAAD;
    this.attributesToStrip = toStrip;
  }

  public shouldBeEncrypted(attributeName: string): boolean {
    return this.attributesToEncrypt.has(attributeName);
  }

  public shouldBeStripped(attributeName: string): boolean {
    return this.attributesToStrip.has(attributeName);
  }

  /** Whether writing this attribute changes ciphertexts (it is one, or it is bound into their AAD). */
  public affectsCiphertexts(attributeName: string): boolean {
    return this.attributesToEncrypt.has(attributeName) || this.attributesToIncludeInAAD.has(attributeName);
  }

  /** The AAD attributes present on the object, keys and values. */
  public collectAttributesForAAD(attributes: Record<string, unknown>): Record<string, unknown> {
    const collected: Record<string, unknown> = {};
    for (const key of this.attributesToIncludeInAAD) {
      if (Object.hasOwn(attributes, key) && attributes[key] !== undefined) collected[key] = attributes[key];
    }
    return collected;
  }
}

function assertValid(type: string, toEncrypt: ReadonlySet<string>, inAAD: ReadonlySet<string>): void {
  if (toEncrypt.size === 0) throw new Error(`The "attributesToEncrypt" array for "${type}" is empty.`);
  const invalid = `Invalid EncryptedSavedObjectTypeRegistration for type '${type}'.`;
  const overlapping = [...toEncrypt].filter((key) => inAAD.has(key));
  if (overlapping.length > 0) {
    throw new Error(`${invalid} attributesToIncludeInAAD must not contain any values in attributesToEncrypt: ${overlapping.join(',')}`);
  }
  // A dotted name looks like a nested path but would name a flat key: the nested value would silently stay in clear.
  const dotted = [...toEncrypt, ...inAAD].filter((key) => key.includes('.'));
  if (dotted.length > 0) {
    throw new Error(`${invalid} Attribute keys are matched as flat top-level attribute names, not as nested paths. These dotted keys are not permitted to prevent misuse: ${dotted.join(', ')}.`);
  }
}

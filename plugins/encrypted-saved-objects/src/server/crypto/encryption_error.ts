export type EncryptionErrorOperation = 'encryption' | 'decryption';

/**
 * Raised when an attribute cannot be encrypted or decrypted (wrong or missing key, tampered
 * ciphertext, an AAD attribute, id or space changed behind our back). The message names the
 * attribute and the object as Kibana does; the low-level reason is the `cause`.
 */
export class EncryptionError extends Error {
  public override readonly name = 'EncryptionError';

  constructor(
    message: string,
    public readonly attributeName: string,
    public readonly operation: EncryptionErrorOperation,
    cause?: unknown
  ) {
    super(message, { cause });
  }

  /** Responses and logs get the message only: the cause is for debugging, not for users. */
  public toJSON(): { message: string } {
    return { message: this.message };
  }
}

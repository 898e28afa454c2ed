/**
 * The message of anything thrown. Checks the shape rather than `instanceof Error`, which is false
 * for errors made in another realm (Node's own errors under jest's VM contexts, for one).
 */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

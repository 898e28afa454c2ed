/** One item of a bulk response: `{ <operation>: { status, error? } }`. */
type BulkItem = Partial<Record<string, { status?: number; error?: { reason?: string | null; caused_by?: { reason?: string | null } } }>>;

export interface BulkFailure {
  /** Kibana's service message: the reasons joined by `;`, the causes in parentheses. */
  message: string;
  /** Every item failed, and each with 429: nothing was written, so a retry cannot duplicate. */
  allThrottled: boolean;
}

/** What went wrong in a bulk response whose `errors` is true. */
export function describeBulkFailure(items: BulkItem[]): BulkFailure {
  const reasons: string[] = [];
  const causes: string[] = [];
  let failed = 0;
  let throttled = 0;
  for (const item of items) {
    for (const result of Object.values(item)) {
      if (!result?.error) continue;
      failed += 1;
      if (result.status === 429) throttled += 1;
      if (result.error.reason) reasons.push(result.error.reason);
      if (result.error.caused_by?.reason) causes.push(result.error.caused_by.reason);
    }
  }
  const message = reasons.length > 0 ? `${reasons.join(';')}${causes.length > 0 ? ` (${causes.join(';')})` : ''}` : 'Indexing error but no reason returned.';
  return { message, allThrottled: failed > 0 && failed === items.length && throttled === failed };
}

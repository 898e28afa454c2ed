/**
 * Kibana's versions are Elasticsearch's `[seq_no, primary_term]`, base64-encoded JSON (`WzEsMV0=`).
 * Ours are the row's write counter in the same form, so clients treat them alike: opaque tokens.
 */
export function encodeVersion(seqNo: number): string {
  return Buffer.from(JSON.stringify([seqNo, 1]), 'utf8').toString('base64');
}

export function decodeVersion(version: string): number | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(version, 'base64').toString('utf8'));
    return Array.isArray(decoded) && typeof decoded[0] === 'number' ? decoded[0] : undefined;
  } catch {
    return undefined;
  }
}

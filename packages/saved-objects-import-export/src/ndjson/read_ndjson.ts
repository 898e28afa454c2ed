import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SavedObjectsImportExportError } from '../errors';

export interface NdjsonLine {
  /** 1-based, counting empty lines, as an editor shows it. */
  line: number;
  value: Record<string, unknown>;
}

/**
 * Reads NDJSON as it streams: one parsed object per non-empty line, never more than one line in
 * memory. A line that is not a JSON object fails the whole read, naming the line.
 */
export async function* readNdjson(stream: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<NdjsonLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  const parse = (text: string): NdjsonLine | undefined => {
    line += 1;
    if (text.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw SavedObjectsImportExportError.invalidLine(line, (error as Error).message);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw SavedObjectsImportExportError.invalidLine(line, 'expected a JSON object');
    return { line, value: value as Record<string, unknown> };
  };
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    let newline = pending.indexOf('\n', start);
    while (newline !== -1) {
      const parsed = parse(pending.slice(start, newline));
      start = newline + 1;
      if (parsed) yield parsed;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  const last = parse(pending);
  if (last) yield last;
}

import { Readable } from 'node:stream';
import { readNdjson } from './read_ndjson';
import { stableStringify } from './stable_stringify';

async function collect(chunks: string[]) {
  const lines = [];
  for await (const line of readNdjson(Readable.from(chunks.map((chunk) => Buffer.from(chunk))))) lines.push(line);
  return lines;
}

describe('reading NDJSON as it streams', () => {
  test('lines split across chunks (and inside a multi-byte character) are put back together', async () => {
    const text = '{"a":"é"}\n\n{"b":2}\r\n{"c":3}';
    const bytes = Buffer.from(text);
    const split = bytes.indexOf(Buffer.from('é')) + 1;
    const lines = [];
    for await (const line of readNdjson(Readable.from([bytes.subarray(0, split), bytes.subarray(split)]))) lines.push(line);
    expect(lines).toEqual([
      { line: 1, value: { a: 'é' } },
      { line: 3, value: { b: 2 } },
      { line: 4, value: { c: 3 } },
    ]);
  });

  test('a line that is not a JSON object refuses the file, naming the line', async () => {
    await expect(collect(['{"a":1}\n{"b":', '2}\nnot json\n'])).rejects.toMatchObject({
      type: 'invalid-ndjson',
      attributes: { line: 3 },
      message: expect.stringMatching(/^Unexpected content on line 3 of the import file: /),
    });
    await expect(collect(['[1,2]\n'])).rejects.toMatchObject({ message: 'Unexpected content on line 1 of the import file: expected a JSON object' });
  });

  test('exports write keys in a stable order', () => {
    expect(stableStringify({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});

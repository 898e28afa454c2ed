import { configSchema } from './config';

describe('xpack.eventLog config', () => {
  test("Kibana's defaults: events are stored, not written to the server log; batches of 100 or every 250 ms", () => {
    expect(configSchema.validate({})).toEqual({
      logEntries: false,
      indexEntries: true,
      writeBuffer: { maxEvents: 100, flushIntervalMs: 250, maxQueued: 100_000 },
    });
  });

  test("refuses what Kibana refuses, with Kibana's messages", () => {
    expect(() => configSchema.validate({ logEntries: 'yes' })).toThrow('[logEntries]: expected value of type [boolean] but got [string]');
    expect(() => configSchema.validate({ enabled: false })).toThrow('[enabled]: definition for this key is missing');
    expect(() => configSchema.validate({ writeBuffer: { maxEvents: 0 } })).toThrow('[writeBuffer.maxEvents]: Value must be equal to or greater than [1].');
  });
});

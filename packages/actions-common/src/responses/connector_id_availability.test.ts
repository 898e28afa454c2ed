import { decode } from '../decoding/decode';
import { connectorIdAvailabilityResponseCodec } from './connector_id_availability';

describe('connectorIdAvailabilityResponseCodec', () => {
  it.each([[true], [false]])('accepts connectorIdAvailable: %s', (connectorIdAvailable) => {
    expect(decode(connectorIdAvailabilityResponseCodec, { connectorIdAvailable })).toEqual({
      ok: true,
      value: { connectorIdAvailable },
    });
  });

  it('refuses the snake_case spelling', () => {
    const result = decode(connectorIdAvailabilityResponseCodec, { connector_id_available: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        'Invalid ConnectorIdAvailabilityResponse: [connectorIdAvailable]: expected value of type [boolean] but got [undefined]'
      );
    }
  });
});

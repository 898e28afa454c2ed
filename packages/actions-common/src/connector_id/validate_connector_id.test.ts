import { CONNECTOR_ID_MAX_LENGTH } from '../constants';
import { isValidConnectorId, validateConnectorId } from './validate_connector_id';

const REQUIRED = 'Connector ID is required.';
const TOO_LONG = 'Connector ID must be 36 characters or less.';
const FORMAT = 'Connector ID must contain only lowercase letters, numbers, and hyphens.';
const RESERVED = 'Connector ID must not be "__proto__", "constructor" or "prototype".';

describe('validateConnectorId', () => {
  it.each([
    ['a', 'one character'],
    ['7', 'one digit'],
    ['my-connector', 'a slug'],
    ['connector-123', 'letters and digits'],
    ['a-b-c-d', 'single hyphens'],
    ['a--b', 'a double hyphen inside'],
    ['90a82c60-478f-11ee-a343-f98a117c727f', 'a UUID (exactly 36)'],
    ['a'.repeat(36), 'exactly 36 characters'],
    ['proto', 'a word near the reserved ones'],
    ['constructors', 'a reserved word with a suffix'],
  ])('accepts %j (%s)', (id) => {
    expect(validateConnectorId(id)).toBeUndefined();
    expect(isValidConnectorId(id)).toBe(true);
  });

  it.each([
    ['', REQUIRED],
    ['a'.repeat(37), TOO_LONG],
    ['A'.repeat(37), TOO_LONG], // length is checked before format, as in Kibana
    ['a/'.repeat(20), TOO_LONG],
    ['My-Connector', FORMAT],
    ['MY', FORMAT],
    ['my connector', FORMAT],
    [' my-connector', FORMAT],
    ['my-connector ', FORMAT],
    ['my_connector', FORMAT],
    ['my@connector!', FORMAT],
    ['-leading', FORMAT],
    ['trailing-', FORMAT],
    ['-', FORMAT],
    ['--', FORMAT],
    ['équipe', FORMAT],
    ['a.b', FORMAT],
    ['..', FORMAT],
    ['a..b', FORMAT],
    ['../etc', FORMAT],
    ['a/b', FORMAT],
    ['/', FORMAT],
    ['🚀', FORMAT],
    ['__proto__', RESERVED],
    ['constructor', RESERVED],
    ['prototype', RESERVED],
  ])('refuses %j with %j', (id, message) => {
    expect(validateConnectorId(id)).toBe(message);
    expect(isValidConnectorId(id)).toBe(false);
  });

  it('draws the length line at CONNECTOR_ID_MAX_LENGTH', () => {
    expect(CONNECTOR_ID_MAX_LENGTH).toBe(36);
    expect(validateConnectorId('x'.repeat(CONNECTOR_ID_MAX_LENGTH))).toBeUndefined();
    expect(validateConnectorId('x'.repeat(CONNECTOR_ID_MAX_LENGTH + 1))).toBe(TOO_LONG);
  });

  it('counts UTF-16 code units, as the server does', () => {
    // 18 emoji are 36 code units: not too long, but not lowercase letters either
    expect(validateConnectorId('😀'.repeat(18))).toBe(FORMAT);
    expect(validateConnectorId('😀'.repeat(19))).toBe(TOO_LONG);
  });
});

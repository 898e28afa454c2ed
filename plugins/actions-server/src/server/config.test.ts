import { configSchema, resolveMaxAttempts } from './config';

const validate = (value: unknown) => configSchema.validate(value, {}, 'config validation of [xpack.actions]');

describe('xpack.actions config', () => {
  test('Kibana’s defaults', () => {
    const config = validate({});
    expect(config).toMatchObject({
      allowedHosts: ['*'],
      enabledActionTypes: ['*'],
      preconfigured: {},
      preconfiguredAlertHistoryEsIndex: false,
      queued: { max: 1000000 },
      enableFooterInEmail: true,
    });
    expect(config.maxResponseContentLength.getValueInBytes()).toBe(1024 * 1024);
    expect(config.responseTimeout.asSeconds()).toBe(60);
  });

  test('run.maxAttempts is 1 to 10', () => {
    expect(() => validate({ run: { maxAttempts: 11 } })).toThrow(
      '[config validation of [xpack.actions].run.maxAttempts]: Value must be equal to or lower than [10].'
    );
  });

  test('attempts: type override, then run.maxAttempts, then the type’s own, then 3', () => {
    const config = validate({ run: { maxAttempts: 5, connectorTypeOverrides: [{ id: '.slack', maxAttempts: 2 }] } });
    expect(resolveMaxAttempts(config, '.slack', 9)).toBe(2);
    expect(resolveMaxAttempts(config, '.email', 9)).toBe(5);
    expect(resolveMaxAttempts(validate({}), '.email', 9)).toBe(9);
    expect(resolveMaxAttempts(validate({}), '.email')).toBe(3);
  });

  test('the two email allowlists exclude each other', () => {
    expect(() => validate({ email: { domain_allowlist: ['a.com'], recipient_allowlist: ['*@a.com'] } })).toThrow(
      'email.domain_allowlist and email.recipient_allowlist can not be used at the same time'
    );
  });
});

import { preconfiguredConnectorsSchema } from './preconfigured_config';
import { createPreconfiguredConnectors } from './preconfigured_connectors';

describe('xpack.actions.preconfigured', () => {
  const validate = (value: unknown) => preconfiguredConnectorsSchema.validate(value, {}, 'config validation of [xpack.actions].preconfigured');

  test('connectors keep kibana.yml order, with defaults for config, secrets and exposeConfig', () => {
    const connectors = createPreconfiguredConnectors(
      validate({
        'my-slack': { name: 'Slack #ops', actionTypeId: '.slack', secrets: { webhookUrl: 'https://hooks.slack.com/x' } },
        'server-log': { name: 'Log', actionTypeId: '.server-log', config: { a: 1 }, exposeConfig: true },
      })
    );
    expect(connectors).toEqual([
      {
        id: 'my-slack',
        actionTypeId: '.slack',
        name: 'Slack #ops',
        config: {},
        secrets: { webhookUrl: 'https://hooks.slack.com/x' },
        isPreconfigured: true,
        isSystemAction: false,
        isDeprecated: false,
        exposeConfig: false,
      },
      expect.objectContaining({ id: 'server-log', config: { a: 1 }, secrets: {}, exposeConfig: true }),
    ]);
  });

  test('nothing configured is no connectors', () => {
    expect(createPreconfiguredConnectors(validate(undefined))).toEqual([]);
  });

  test.each(['__proto__', 'constructor'])('refuses the id %s with Kibana’s message', (id) => {
    const value = JSON.parse(`{"${id}": { "name": "x", "actionTypeId": ".server-log" }}`);
    expect(() => validate(value)).toThrow(`[config validation of [xpack.actions].preconfigured]: invalid preconfigured action id "${id}"`);
  });

  test('name and actionTypeId are required and not empty', () => {
    expect(() => validate({ a: { actionTypeId: '.slack' } })).toThrow(
      '[config validation of [xpack.actions].preconfigured.a.name]: expected value of type [string] but got [undefined]'
    );
    expect(() => validate({ a: { name: 'x', actionTypeId: '' } })).toThrow(
      '[config validation of [xpack.actions].preconfigured.a.actionTypeId]: value has length [0] but it must have a minimum length of [1].'
    );
  });
});

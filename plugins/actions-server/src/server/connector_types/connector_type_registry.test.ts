import { schema } from '@kbn/config-schema';
import { isHttpError } from '@kbn/core-server';
import type { ConnectorType, LicenseType } from '@kbn/connector-sdk';
import { ConnectorTypeRegistry } from './connector_type_registry';
import { createLicense, type LicenseType as PlatformLicense } from '@kbn/licensing/server';
import { LicenseState } from './license_state';

function connectorType(id: string, overrides: Partial<ConnectorType> = {}): ConnectorType {
  return {
    id,
    name: `Type ${id}`,
    minimumLicenseRequired: 'basic',
    supportedFeatureIds: ['alerting'],
    validate: {
      config: { schema: schema.object({}) },
      secrets: { schema: schema.object({}) },
      params: { schema: schema.object({ message: schema.string() }) },
    },
    executor: async ({ actionId }) => ({ actionId, status: 'ok' }),
    ...overrides,
  };
}

function registry(options: { enabledActionTypes?: string[]; license?: PlatformLicense } = {}) {
  const tasks: Array<{ type: string; title: string; maxAttempts: number }> = [];
  const instance = new ConnectorTypeRegistry({
    enabledActionTypes: options.enabledActionTypes ?? ['*'],
    licenseState: new LicenseState(createLicense(options.license ?? 'trial')),
    maxAttempts: (typeId, typeMaxAttempts) => (typeId === '.override' ? 7 : (typeMaxAttempts ?? 3)),
    registerTask: (task) => tasks.push(task),
  });
  return { instance, tasks };
}

const httpErrorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (isHttpError(error)) return { statusCode: error.statusCode, message: error.message };
    throw error;
  }
  throw new Error('did not throw');
};

describe('ConnectorTypeRegistry', () => {
  test('registers a type and its task, with the resolved attempts', () => {
    const { instance, tasks } = registry();
    instance.register(connectorType('.slack', { maxAttempts: 5 }));
    instance.register(connectorType('.override'));
    expect(instance.has('.slack')).toBe(true);
    expect(tasks).toEqual([
      { type: 'actions:.slack', title: 'Type .slack', maxAttempts: 5 },
      { type: 'actions:.override', title: 'Type .override', maxAttempts: 7 },
    ]);
  });

  test.each([
    [connectorType('.dup'), 'Action type ".dup" is already registered.'],
    [connectorType('.none', { supportedFeatureIds: [] }), 'At least one "supportedFeatureId" value must be supplied for connector type ".none".'],
    [connectorType('.bad', { supportedFeatureIds: ['alerting', 'nope'] }), 'Invalid feature ids "alerting,nope" for connector type ".bad".'],
    [connectorType('.long', { supportedFeatureIds: ['x'.repeat(101)] }), 'Feature IDs for connector type ".long" must not exceed 100 characters.'],
    [
      connectorType('.priv', { getKibanaPrivileges: () => ['x'] }),
      'Kibana privilege authorization is only supported for system actions and action types that are registered under a sub-feature',
    ],
  ])('refuses %#: %s', (type, message) => {
    const { instance } = registry();
    instance.register(connectorType('.dup'));
    expect(() => instance.register(type)).toThrow(message);
  });

  test('an unknown type is Kibana’s 400', () => {
    expect(httpErrorOf(() => registry().instance.get('.nope'))).toEqual({ statusCode: 400, message: 'Action type ".nope" is not registered.' });
  });

  test('enabledActionTypes disables a type with Kibana’s 403, but preconfigured connectors still run', () => {
    const { instance } = registry({ enabledActionTypes: ['.email'] });
    instance.register(connectorType('.email'));
    instance.register(connectorType('.slack'));
    expect(instance.isActionTypeEnabled('.email')).toBe(true);
    expect(instance.isActionTypeEnabled('.slack')).toBe(false);
    expect(httpErrorOf(() => instance.ensureActionTypeEnabled('.slack'))).toEqual({
      statusCode: 403,
      message: 'action type ".slack" is not enabled in the Kibana config xpack.actions.enabledActionTypes',
    });
    expect(instance.isActionExecutable('.slack')).toBe(false);
    expect(instance.isActionExecutable('.slack', { isPreconfigured: true, isSystemAction: false })).toBe(true);
  });

  test.each<[PlatformLicense, LicenseType, boolean]>([
    ['trial', 'enterprise', true],
    ['basic', 'basic', true],
    ['basic', 'gold', false],
    ['gold', 'gold', true],
    ['platinum', 'enterprise', false],
    ['enterprise', 'platinum', true],
  ])('a %s license and a %s type: enabled %s', (license, minimum, enabled) => {
    const { instance } = registry({ license });
    instance.register(connectorType('.t', { minimumLicenseRequired: minimum }));
    expect(instance.list()[0]).toMatchObject({ enabled, enabledInConfig: true, enabledInLicense: enabled });
    if (!enabled) {
      expect(httpErrorOf(() => instance.ensureActionTypeEnabled('.t'))).toEqual({
        statusCode: 403,
        message: `Action type .t is disabled because your ${license} license does not support it. Please upgrade your license.`,
      });
      expect(instance.isActionExecutable('.t', { isPreconfigured: true, isSystemAction: false })).toBe(false);
    }
  });

  test('list filters by feature and tells system action types', () => {
    const { instance } = registry();
    instance.register(connectorType('.gen-ai', { supportedFeatureIds: ['generativeAIForSecurity'] }));
    instance.register(connectorType('.cases', { isSystemActionType: true, getKibanaPrivileges: () => [] }));
    expect(instance.list('generativeAIForSecurity').map((type) => type.id)).toEqual(['.gen-ai']);
    expect(instance.list().find((type) => type.id === '.cases')).toMatchObject({ isSystemActionType: true });
    expect(instance.isSystemActionType('.cases')).toBe(true);
  });
});

import { SystemActionHandlerSlot } from '../../system_actions/system_action_handler';
import { getCasesConnectorType } from './cases';
import type { CasesParams } from './schema';

describe('.cases', () => {
  const type = getCasesConnectorType(new SystemActionHandlerSlot<CasesParams>('Cases', 'registerCasesHandler'));
  const validate = (subActionParams: Record<string, unknown>) =>
    type.validate.params.schema.validate({
      subAction: 'run',
      subActionParams: { alerts: [], groupingBy: [], owner: 'cases', rule: { id: 'r', name: 'R', ruleUrl: null }, templateId: null, ...subActionParams },
    });

  test('a system action type, platinum, with Kibana’s features', () => {
    expect(type).toMatchObject({ id: '.cases', name: 'Cases', isSystemActionType: true, minimumLicenseRequired: 'platinum', supportedFeatureIds: ['uptime', 'alerting', 'siem'] });
  });

  test('getKibanaPrivileges: the cases privileges of the owner; no owner, no authorization', () => {
    const params = validate({ owner: 'securitySolution' });
    expect(type.getKibanaPrivileges!({ params })).toEqual([
      'cases:securitySolution/createCase',
      'cases:securitySolution/updateCase',
      'cases:securitySolution/deleteCase',
      'cases:securitySolution/pushCase',
      'cases:securitySolution/createComment',
      'cases:securitySolution/updateComment',
      'cases:securitySolution/deleteComment',
      'cases:securitySolution/findConfigurations',
      'cases:securitySolution/reopenCase',
    ]);
    expect(() => type.getKibanaPrivileges!()).toThrow('Cannot authorize cases. Owner is not defined in the subActionParams.');
  });

  test('time windows: digits then d, w, h or m, at least 5 minutes', () => {
    expect(validate({}).subActionParams.timeWindow).toBe('7d');
    expect(validate({ timeWindow: '2w' }).subActionParams.timeWindow).toBe('2w');
    expect(() => validate({ timeWindow: '0d' })).toThrow('[subActionParams.timeWindow]: Not a valid time window');
    expect(() => validate({ timeWindow: '3y' })).toThrow('[subActionParams.timeWindow]: Not a valid time window');
    expect(() => validate({ timeWindow: '4m' })).toThrow('[subActionParams.timeWindow]: Time window should be at least 5 minutes');
  });

  test('alerts need an id and an index; one grouping field at most; 1-20 cases', () => {
    expect(() => validate({ alerts: [{ _id: 'a' }] })).toThrow('[subActionParams.alerts.0]: Alert ID and index must be defined');
    expect(() => validate({ groupingBy: ['host.name', 'user.name'] })).toThrow('[subActionParams.groupingBy]: array size is [2], but cannot be greater than [1]');
    expect(() => validate({ maximumCasesToOpen: 21 })).toThrow('[subActionParams.maximumCasesToOpen]: Value must be equal to or lower than [20].');
    expect(() => type.validate.params.schema.validate({ subAction: 'push', subActionParams: {} })).toThrow('[subAction]: expected value to equal [run]');
  });
});

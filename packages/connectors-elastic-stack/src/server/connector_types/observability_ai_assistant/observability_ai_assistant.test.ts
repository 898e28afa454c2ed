import { SystemActionHandlerSlot } from '../../system_actions/system_action_handler';
import { getObservabilityAiAssistantConnectorType } from './observability_ai_assistant';
import type { ObservabilityAiAssistantParams } from './schema';

describe('.observability-ai-assistant', () => {
  const type = getObservabilityAiAssistantConnectorType(new SystemActionHandlerSlot<ObservabilityAiAssistantParams>('Observability AI Assistant', 'registerObservabilityAiAssistantHandler'));

  test('a system action type, enterprise, alerting only, with the assistant’s privileges', () => {
    expect(type).toMatchObject({ id: '.observability-ai-assistant', name: 'Observability AI Assistant', isSystemActionType: true, minimumLicenseRequired: 'enterprise', supportedFeatureIds: ['alerting'] });
    expect(type.getKibanaPrivileges!()).toEqual(['api:observabilityAIAssistant', 'app:observabilityAIAssistant']);
  });

  test('params: the AI connector, prompts with a non-empty message, the rule and its alerts', () => {
    const params = { connector: 'my-ai', prompts: [{ statuses: ['active'], message: 'why?' }], rule: { id: 'r', name: 'R', ruleUrl: null }, alerts: { new: [], recovered: [] } };
    expect(type.validate.params.schema.validate(params)).toEqual({ ...params, rule: { ...params.rule, tags: [] } });
    expect(() => type.validate.params.schema.validate({ ...params, prompts: [{ statuses: [], message: '' }] })).toThrow(
      '[prompts.0.message]: value has length [0] but it must have a minimum length of [1].'
    );
    expect(() => type.validate.params.schema.validate({ ...params, connector: undefined })).toThrow('[connector]: expected value of type [string] but got [undefined]');
  });
});

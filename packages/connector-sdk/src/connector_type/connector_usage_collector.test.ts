import { MemoryLogger } from '@kbn/core-server/mocks';
import { ConnectorUsageCollector } from './connector_usage_collector';

describe('ConnectorUsageCollector', () => {
  const logger = new MemoryLogger();

  it('prefers the Content-Length that was sent, else measures the body', () => {
    const collector = new ConnectorUsageCollector({ logger, connectorId: 'c1' });
    collector.addRequestBodyBytes({ request: { getHeader: () => '10' } }, 'ignored');
    collector.addRequestBodyBytes(undefined, { text: 'é' });
    collector.addRequestBodyBytes(undefined, 'abc');
    collector.addRequestBodyBytes();
    expect(collector.getRequestBodyByte()).toBe(10 + Buffer.byteLength('{"text":"é"}') + 3);
  });

  it('logs, and counts nothing, for a body it cannot serialise', () => {
    const collector = new ConnectorUsageCollector({ logger, connectorId: 'c1' });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    collector.addRequestBodyBytes(undefined, circular);
    expect(collector.getRequestBodyByte()).toBe(0);
    expect(logger.messages('error')[0]).toMatch(/^Request body bytes couldn't be calculated, Error: .*circular.*, connectorId:c1$/is);
  });

  it('adds up gen-AI token usage', () => {
    const collector = new ConnectorUsageCollector({ logger, connectorId: 'c1' });
    collector.addGenAiTokenUsage({ promptTokens: 10, completionTokens: 5 });
    collector.addGenAiTokenUsage({ promptTokens: 1, completionTokens: 1, totalTokens: 3 });
    expect(collector.getUsage()).toEqual({ requestBodyBytes: 0, genAi: { promptTokens: 11, completionTokens: 6, totalTokens: 18 } });
  });
});

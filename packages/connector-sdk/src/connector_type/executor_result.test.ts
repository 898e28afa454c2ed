import { errorResult, retryResult, retryResultAt, successResult } from './executor_result';

describe('executor result builders', () => {
  it('builds the result shapes connectors answer', () => {
    expect(successResult('a1')).toEqual({ actionId: 'a1', status: 'ok' });
    expect(successResult('a1', { id: 1 })).toEqual({ actionId: 'a1', status: 'ok', data: { id: 1 } });
    expect(errorResult('a1', 'bad', { serviceMessage: '400', errorSource: 'user' })).toEqual({
      actionId: 'a1',
      status: 'error',
      message: 'bad',
      serviceMessage: '400',
      errorSource: 'user',
    });
    expect(retryResult('a1', 'later')).toEqual({ actionId: 'a1', status: 'error', message: 'later', retry: true });
    const at = new Date('2026-01-01T00:00:00Z');
    expect(retryResultAt('a1', 'at', at, 's')).toEqual({ actionId: 'a1', status: 'error', message: 'at', serviceMessage: 's', retry: at });
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreConfigSchemas } from '../config/core_config';
import { isoWithOffset } from './layouts';
import { LoggingSystem } from './logging_system';

describe('LoggingSystem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'logs-'));
  const read = (name: string) => readFileSync(join(dir, name), 'utf8').trim().split('\n');

  test('ECS json to a file, pattern to another, per-logger levels', () => {
    const system = new LoggingSystem(dir);
    system.configure(
      coreConfigSchemas.logging.validate({
        appenders: {
          ecs: { type: 'file', fileName: 'kibana.json', layout: { type: 'json' } },
          text: { type: 'file', fileName: 'kibana.log', layout: { type: 'pattern' } },
        },
        root: { level: 'warn', appenders: ['ecs', 'text'] },
        loggers: [{ name: 'plugins.actions', level: 'debug' }],
      })
    );
    system.get('plugins', 'actions').debug('shown', { event: { action: 'execute' } });
    system.get('plugins', 'actions', 'email').info('inherits debug');
    system.get('plugins', 'spaces').info('hidden by the root level');
    system.get('http').error(new Error('broken'));
    system.flush();

    const json = read('kibana.json').map((line) => JSON.parse(line));
    expect(json.map((doc) => doc.message)).toEqual(['shown', 'inherits debug', 'broken']);
    expect(json[0]).toMatchObject({ log: { level: 'DEBUG', logger: 'plugins.actions' }, event: { action: 'execute' }, ecs: { version: '8.11.0' }, process: { pid: process.pid } });
    expect(json[2].error).toMatchObject({ message: 'broken', type: 'Error' });
    expect(typeof json[0]['@timestamp']).toBe('string');

    const lines = read('kibana.log');
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d\]\[DEBUG\]\[plugins\.actions\] shown$/);
    expect(lines[1]).toContain('[INFO ][plugins.actions.email] inherits debug');
  });

  test('timestamps carry the local offset', () => {
    expect(isoWithOffset(new Date('2026-11-24T23:44:00.000Z'))).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000[+-]\d\d:\d\d$/);
  });

  test('an appender that is not defined is a clear error', () => {
    const system = new LoggingSystem(dir);
    expect(() => system.configure(coreConfigSchemas.logging.validate({ root: { level: 'info', appenders: ['nope'] } }))).toThrow(
      'Appender "nope" of logger "root" is not defined'
    );
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@kbn/config-schema';
import { ConfigService } from './config_service';
import { coreConfigSchemas } from './core_config';
import { loadRawConfig } from './raw_config';

const dir = mkdtempSync(join(tmpdir(), 'config-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function service(files: string[], overrides: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}) {
  const config = new ConfigService(loadRawConfig(files, overrides, env));
  for (const [key, s] of Object.entries(coreConfigSchemas)) config.setSchema([key], s);
  config.setSchema(['xpack', 'actions'], schema.object({ enabledActionTypes: schema.arrayOf(schema.string(), { defaultValue: ['*'] }) }));
  return config;
}

describe('ConfigService', () => {
  test('dotted and nested keys, later files and CLI overrides win', () => {
    const base = file('a.yml', 'server:\n  port: 5602\n  host: 0.0.0.0\nxpack.actions.enabledActionTypes: [".slack"]\n');
    const more = file('b.yml', 'server.port: 5603\n');
    const config = service([base, more], { 'server.host': '127.0.0.1' });
    config.validate({});
    expect(config.get<{ port: number; host: string; basePath: string }>(['server'])).toMatchObject({ port: 5603, host: '127.0.0.1', basePath: '' });
    expect(config.get(['xpack', 'actions'])).toEqual({ enabledActionTypes: ['.slack'] });
  });

  test('defaults when nothing is set', () => {
    const config = service([]);
    config.validate({});
    expect(config.get<{ port: number }>(['server']).port).toBe(5601);
    expect(config.get(['path'])).toEqual({ data: 'data' });
    expect(config.get<{ root: { level: string } }>(['logging']).root.level).toBe('info');
  });

  test('environment variables', () => {
    const config = service([file('env.yml', 'server.name: ${NAME}\npath.data: ${DATA:/tmp/fallback}\n')], {}, { NAME: 'from-env' });
    config.validate({});
    expect(config.get<{ name: string }>(['server']).name).toBe('from-env');
    expect(config.get(['path'])).toEqual({ data: '/tmp/fallback' });
    expect(() => service([file('env2.yml', 'server.name: ${MISSING}\n')])).toThrow('Unknown environment variable referenced in config : MISSING');
  });

  test('unknown keys fail with Kibana message and the file', () => {
    const path = file('unknown.yml', 'server.port: 1\nfoo.bar: 1\nxpack.nope: true\n');
    expect(() => service([path]).validate({})).toThrow(
      `Unknown configuration key(s): "foo.bar", "xpack.nope". Check for spelling errors and ensure that expected plugins are installed. (set in ${path})`
    );
  });

  test('invalid values name the full key and the file', () => {
    const path = file('bad.yml', 'server:\n  port: not-a-number\n');
    expect(() => service([path]).validate({})).toThrow(
      `[config validation of [server].port]: expected value of type [number] but got [string] (set in ${path})`
    );
    expect(() => service([], { 'server.basePath': 'kbn/' }).validate({})).toThrow(
      "[config validation of [server].basePath]: must start with a slash, don't end with one (set in the command line)"
    );
  });

  test('a disabled plugin path is accepted without validation', () => {
    const config = service([], { 'xpack.other.enabled': false, 'xpack.other.anything': 1 });
    expect(config.isEnabled(['xpack', 'other'])).toBe(false);
    expect(() => config.validate({}, [['xpack', 'other']])).not.toThrow();
  });

  test('unreadable and malformed files', () => {
    expect(() => service([join(dir, 'none.yml')])).toThrow(`Unable to read config file [${join(dir, 'none.yml')}]`);
    expect(() => service([file('broken.yml', 'server: [\n')])).toThrow('Unable to parse config file');
  });
});

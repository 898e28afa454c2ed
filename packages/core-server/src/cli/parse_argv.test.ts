import { parseArgv } from './parse_argv';

describe('parseArgv', () => {
  test("Kibana's flags", () => {
    expect(
      parseArgv(['--config', 'a.yml', '-c', 'b.yml', '--plugin-path', 'extra/one', '--plugin-path=extra/two', '--server.port=5611', '--xpack.actions.enabledActionTypes=[".slack", ".email"]', '--logging.root.level', 'debug'])
    ).toEqual({
      configFiles: ['a.yml', 'b.yml'],
      pluginPaths: ['extra/one', 'extra/two'],
      overrides: { 'server.port': 5611, 'xpack.actions.enabledActionTypes': ['.slack', '.email'], 'logging.root.level': 'debug' },
      help: false,
    });
  });

  test('shorthands, booleans and help', () => {
    expect(parseArgv(['--host', '0.0.0.0', '-p', '5602', '--xpack.spaces.enabled=false', '--help'])).toEqual({
      configFiles: [],
      pluginPaths: [],
      overrides: { 'server.host': '0.0.0.0', 'server.port': 5602, 'xpack.spaces.enabled': false },
      help: true,
    });
  });

  test('repeated settings become a list; stray words are refused', () => {
    expect(parseArgv(['--a=1', '--a=2']).overrides).toEqual({ a: [1, 2] });
    expect(() => parseArgv(['oops'])).toThrow('Unknown argument [oops]. Run with --help for the options.');
    expect(() => parseArgv(['--config'])).toThrow('Option --config needs a value');
  });
});

import { generateInSandbox, type Sandbox } from '../e2e/sandbox';
import { pluginGenerator, type PluginGeneratorOptions } from './plugin_generator';

describe.each<[string, Partial<PluginGeneratorOptions>]>([
  ['without dependencies', {}],
  ['with an optional dependency that is not there', { optionalPlugins: ['zzAbsent'] }],
])('a generated plugin %s, end to end', (_, options) => {
  let sandbox: Sandbox | undefined;

  afterAll(() => sandbox?.remove());

  test('passes its own tests (a real server), typecheck and lint', () => {
    sandbox = generateInSandbox((tree) => pluginGenerator(tree, { name: 'zz-gen-e2e', ...options }), 'plugins/zz-gen-e2e');

    const tests = sandbox.run('jest', ['--ci']);
    expect(tests.output).toContain('Tests:       3 passed, 3 total');
    expect(tests.status).toBe(0);

    expect(sandbox.run('tsc', ['-p', 'tsconfig.json', '--noEmit'])).toEqual({ status: 0, output: '' });
    expect(sandbox.run('eslint', ['-c', '../../tools/eslint/eslint.config.mjs', 'src'])).toEqual({ status: 0, output: '' });
  });
});

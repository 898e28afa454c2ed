import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { generateInSandbox, type Sandbox } from '../e2e/sandbox';
import { connectorPackageGenerator } from './connector_package_generator';

describe('a generated connector package, end to end', () => {
  const dir = 'packages/connectors-zz-gen-e2e';
  let sandbox: Sandbox | undefined;

  afterAll(() => sandbox?.remove());

  test('passes its own tests (a real server with the actions plugin), typecheck and lint', () => {
    sandbox = generateInSandbox((tree) => connectorPackageGenerator(tree, { name: 'zz-gen-e2e' }), dir);

    const tests = sandbox.run('jest', ['--ci']);
    expect(tests.output).toContain('Tests:       7 passed, 7 total');
    expect(tests.status).toBe(0);

    expect(sandbox.run('tsc', ['-p', 'tsconfig.json', '--noEmit'])).toEqual({ status: 0, output: '' });
    expect(sandbox.run('eslint', ['-c', '../../tools/eslint/eslint.config.mjs', 'src'])).toEqual({ status: 0, output: '' });
    // Only the sandbox has the package: a server started from the repository meanwhile never saw it.
    expect(existsSync(join(workspaceRoot, dir))).toBe(false);
  });
});

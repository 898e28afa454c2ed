import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { templateFolder } from './template_folder';

describe.each(['plugin', 'connector_package'] as const)('the %s templates', (generator) => {
  test('all end in .template, so jest, tsc and eslint leave them alone', () => {
    const files = readdirSync(templateFolder(generator), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(5);
    expect(files.map((entry) => join(entry.parentPath, entry.name)).filter((file) => !file.endsWith('.template'))).toEqual([]);
  });
});

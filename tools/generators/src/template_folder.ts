import { join } from 'node:path';

/**
 * A generator's template folder. Templates are not compiled, so they stay in src/: the sources (in
 * tests) and the build (what `nx g` runs, from dist/) both read them there, and this file sits one
 * folder below the package root in both cases.
 */
export function templateFolder(generator: 'plugin' | 'connector_package'): string {
  return join(__dirname, '..', 'src', generator, 'files');
}

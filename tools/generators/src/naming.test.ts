import { assertKebabCase, assertPluginIds, namesOf, oneLine } from './naming';

describe('namesOf', () => {
  test('spells a kebab-case name every way the generated files need', () => {
    expect(namesOf('demo-thing-2x')).toEqual({
      kebab: 'demo-thing-2x',
      camel: 'demoThing2x',
      pascal: 'DemoThing2x',
      snake: 'demo_thing_2x',
      constant: 'DEMO_THING_2X',
      title: 'Demo Thing 2x',
    });
  });
});

describe('assertKebabCase', () => {
  test.each(['demo', 'demo-thing', 'a1-b2'])('accepts %j', (name) => {
    expect(assertKebabCase(name, 'The name')).toBe(name);
  });

  test.each(['', 'Demo', 'demo_thing', 'demo--thing', '-demo', 'demo-', '1demo', 'demo thing', undefined])('refuses %j', (name) => {
    expect(() => assertKebabCase(name, 'The name')).toThrow(
      `The name must be kebab-case: lowercase letters and digits in words joined by single dashes, starting with a letter (e.g. "demo-thing"); got ${JSON.stringify(name)}.`
    );
  });
});

describe('assertPluginIds', () => {
  test('accepts camelCase ids, once each', () => {
    expect(assertPluginIds(['spaces', 'encryptedSavedObjects', 'spaces'], 'requiredPlugins')).toEqual(['spaces', 'encryptedSavedObjects']);
    expect(assertPluginIds(undefined, 'requiredPlugins')).toEqual([]);
  });

  test('refuses what cannot be a plugin id', () => {
    expect(() => assertPluginIds(['spaces', 'encrypted-saved-objects'], 'optionalPlugins')).toThrow(
      'optionalPlugins must list plugin ids in camelCase, as in kibana.jsonc (e.g. "encryptedSavedObjects"); got "encrypted-saved-objects".'
    );
  });
});

test('oneLine collapses whitespace', () => {
  expect(oneLine('  Sends\n  things\tsomewhere. ')).toBe('Sends things somewhere.');
  expect(oneLine(undefined)).toBe('');
});

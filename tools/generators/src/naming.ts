const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Core's rule for `plugin.id` in kibana.jsonc. */
const PLUGIN_ID = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** One name, spelled the ways the generated files need it. */
export interface Names {
  /** `demo-thing`: folders and package names. */
  kebab: string;
  /** `demoThing`: plugin ids. */
  camel: string;
  /** `DemoThing`: classes and interfaces. */
  pascal: string;
  /** `demo_thing`: source files and route segments, as in Kibana. */
  snake: string;
  /** `DEMO_THING`: exported constants. */
  constant: string;
  /** `Demo Thing`: what users read. */
  title: string;
}

/** Returns the name when it is kebab-case, or throws saying what is expected. */
export function assertKebabCase(name: unknown, what: string): string {
  if (typeof name !== 'string' || !KEBAB_CASE.test(name)) {
    throw new Error(
      `${what} must be kebab-case: lowercase letters and digits in words joined by single dashes, starting with a letter (e.g. "demo-thing"); got ${JSON.stringify(name)}.`
    );
  }
  return name;
}

export function namesOf(kebab: string): Names {
  const words = kebab.split('-');
  const capitalized = words.map((word) => word[0].toUpperCase() + word.slice(1));
  return {
    kebab,
    camel: words[0] + capitalized.slice(1).join(''),
    pascal: capitalized.join(''),
    snake: words.join('_'),
    constant: words.join('_').toUpperCase(),
    title: capitalized.join(' '),
  };
}

/** Checks a list of plugin ids given as an option (`--requiredPlugins=a,b`). */
export function assertPluginIds(ids: readonly string[] | undefined, option: string): string[] {
  const list = ids ?? [];
  const invalid = list.find((id) => !PLUGIN_ID.test(id));
  if (invalid !== undefined) {
    throw new Error(`${option} must list plugin ids in camelCase, as in kibana.jsonc (e.g. "encryptedSavedObjects"); got ${JSON.stringify(invalid)}.`);
  }
  return [...new Set(list)];
}

/** A description goes into one-line spots (a kibana.jsonc comment, a README paragraph). */
export function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

import { SLUG_INPUT_MAX_LENGTH, toSlugIdentifier } from './to_slug_identifier';

describe('toSlugIdentifier', () => {
  it.each([
    // Kibana's own cases
    ['My Connector', 'my-connector'],
    ['this is a test', 'this-is-a-test'],
    ['test@connector#1', 'test-connector-1'],
    ['my_connector_name', 'my-connector-name'],
    ['connector123', 'connector123'],
    ['', ''],
    [' slack', 'slack'],
    ['!!!test', 'test'],
    ['slack-', 'slack'],
    ['test!!!', 'test'],
    ['My Email Connector-Production ', 'my-email-connector-production'],
    ['  Tést  ', 'test'],
    ['日本語', ''],
    ["Connector's id", 'connector-s-id'],
    ['foo++ bar!', 'foo-bar'],
    ['__foo  bar--baz__', 'foo-bar-baz'],
    ['Foo bar #42 (draft)', 'foo-bar-42-draft'],
    ['foo   bar', 'foo-bar'],
    // diacritics and other scripts
    ['Équipe Été', 'equipe-ete'],
    ['Ça va, Zoë?', 'ca-va-zoe'],
    ['Crème brûlée', 'creme-brulee'],
    ['Łódź', 'odz'], // Ł has no decomposition: it is not a letter with a mark
    ['Straße', 'stra-e'],
    ['ǅungla', 'ungla'], // NFD, not NFKD: compatibility forms like the ǅ digraph are not split
    ['İstanbul', 'istanbul'],
    ['\u212Aelvin', 'kelvin'], // the Kelvin sign is canonically a K
    ['x\u1ab0y\u1dc0z', 'xyz'], // extended and supplementary combining marks are dropped too
    ['Slack 日本 Alerts', 'slack-alerts'],
    ['Привет мир', ''],
    // emoji and symbols
    ['🚀 Launch 🚀', 'launch'],
    ['Alerts 🔥🔥 prod', 'alerts-prod'],
    ['👨‍👩‍👧', ''],
    ['a\tb\nc', 'a-b-c'],
    ['---', ''],
    ['-a-', 'a'],
    ['UPPER', 'upper'],
    ['PagerDuty (P1) → on-call', 'pagerduty-p1-on-call'],
  ])('%j becomes %j', (text, slug) => {
    expect(toSlugIdentifier(text)).toBe(slug);
  });

  it('treats a missing value as empty', () => {
    expect(toSlugIdentifier()).toBe('');
  });

  it('only ever yields lowercase letters, digits and single inner hyphens', () => {
    const samples = ['a_b-c d', '  --x--  ', 'Ü-ber', '1 2 3', '∆∆∆ delta ∆∆∆'];
    for (const sample of samples) {
      expect(toSlugIdentifier(sample)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
  });

  it('is idempotent', () => {
    for (const sample of ['Équipe Été', 'foo++ bar!', '__a__b__']) {
      const slug = toSlugIdentifier(sample);
      expect(toSlugIdentifier(slug)).toBe(slug);
    }
  });

  it('reads at most 1000 characters instead of throwing', () => {
    expect(SLUG_INPUT_MAX_LENGTH).toBe(1000);
    expect(toSlugIdentifier('a'.repeat(1000))).toBe('a'.repeat(1000));
    expect(toSlugIdentifier('a'.repeat(1001))).toBe('a'.repeat(1000));
    expect(toSlugIdentifier(`${'a'.repeat(999)} b`)).toBe('a'.repeat(999));
  });
});

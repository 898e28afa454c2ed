import { MemoryLogger } from '@kbn/core-server/mocks';
import { renderMustacheObject, renderMustacheString, renderMustacheStringNoEscape } from './mustache_renderer';

const logger = new MemoryLogger();
const render = (template: string, variables: Record<string, unknown>, escape: Parameters<typeof renderMustacheString>[3] = 'none') =>
  renderMustacheString(logger, template, variables, escape);

describe('renderMustacheString', () => {
  const variables = {
    a: 1,
    b: '2',
    c: false,
    d: null,
    e: undefined,
    f: { g: 3, h: null },
    i: [42, 43, 44],
    lt: '<',
    gt: '>',
    amp: '&',
    nl: '\n',
    dq: '"',
    bt: '`',
    bs: '\\',
    st: '*',
    ul: '_',
    st_lt: '*<',
    link: 'https://te_st.com/',
  };

  it('renders values unescaped with none, empty for null and undefined', () => {
    expect(render('{{a}} {{b}} {{c}} {{d}} {{e}} {{lt}}{{gt}}{{amp}}{{dq}}', variables)).toBe('1 2 false   <>&"');
  });

  it('renders objects as their JSON, and arrays as mustache does or as JSON on request', () => {
    expect(render('{{f}}', variables)).toBe('{"g":3,"h":null}');
    expect(render('{{f.g}}', variables)).toBe('3');
    expect(render('{{i}} {{i.asJSON}}', variables)).toBe('42,43,44 [42,43,44]');
    expect(render('{{#i}}[{{.}}]{{/i}}', variables)).toBe('[42][43][44]');
  });

  it('reaches dotted variable names as paths', () => {
    expect(render('{{kibana.alert.id}} {{x.y}}', { 'kibana.alert.id': 'a1', x: { y: 'z' } })).toBe('a1 z');
  });

  it('escapes for JSON string literals', () => {
    expect(render('"{{dq}}{{nl}}{{bs}}"', variables, 'json')).toBe('"\\"\\n\\\\"');
    expect(render('{{f}}', variables, 'json')).toBe('{\\"g\\":3,\\"h\\":null}');
  });

  it('escapes markdown', () => {
    expect(render('{{st}}{{ul}}{{bt}}{{bs}}', variables, 'markdown')).toBe('\\*\\_\\`\\\\');
    expect(render('{{v}}', { v: '[x](y) #1 {a} +-.!|' }, 'markdown')).toBe('\\[x\\]\\(y\\) \\#1 \\{a\\} \\+\\-\\.\\!\\|');
  });

  it('escapes for Slack: back tics around text with * or _, entities otherwise, URLs kept', () => {
    expect(render('{{st}} {{ul}} {{st_lt}}', variables, 'slack')).toBe('`*` `_` `*<`');
    expect(render('{{lt}}{{gt}}{{amp}}{{bt}}', variables, 'slack')).toBe("&lt;&gt;&amp;'");
    expect(render('{{link}}', variables, 'slack')).toBe('https://te_st.com/');
    expect(render('{{v}}', { v: 'a_`b`' }, 'slack')).toBe("`a_'b'`");
  });

  it('escapes HTML as mustache does by default', () => {
    expect(render('{{lt}}{{gt}}{{amp}}{{dq}}', variables, 'html')).toBe('&lt;&gt;&amp;&quot;');
  });

  it('leaves null and undefined templates as they are', () => {
    expect(renderMustacheString(logger, null, variables, 'none')).toBeNull();
    expect(renderMustacheString(logger, undefined, variables, 'none')).toBeUndefined();
  });

  it('renders a broken template as an error message naming the template only', () => {
    expect(render('{{#a}} {{secret}}', { secret: 'p4ss' })).toBe('error rendering mustache template "{{#a}} {{secret}}": Unclosed section "a" at 17');
  });

  it('keeps Mustache escaping untouched for other callers', () => {
    render('{{lt}}', variables, 'markdown');
    expect(renderMustacheStringNoEscape('{{lt}} {{{lt}}}', variables)).toBe('&lt; <');
  });
});

describe('renderMustacheObject', () => {
  it('renders every string, deep, without escaping, and keeps other values', () => {
    const params = { text: '{{a}} {{lt}}', nested: { list: ['{{f}}', 5, true, null] }, n: 1 };
    expect(renderMustacheObject(logger, params, { a: 'x', lt: '<', f: { g: 1 } })).toEqual({
      text: 'x <',
      nested: { list: ['{"g":1}', 5, true, null] },
      n: 1,
    });
    expect(params.text).toBe('{{a}} {{lt}}');
  });
});

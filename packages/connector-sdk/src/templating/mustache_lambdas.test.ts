import { MemoryLogger } from '@kbn/core-server/mocks';
import { renderMustacheString } from './mustache_renderer';

describe('mustache lambdas', () => {
  const logger = new MemoryLogger();
  const render = (template: string, variables: Record<string, unknown> = {}) => renderMustacheString(logger, template, variables, 'none');
  beforeEach(() => (logger.records.length = 0));

  describe('EvalMath', () => {
    it('evaluates rendered text and variables of the view', () => {
      expect(render('{{#EvalMath}} {{a}} + b * 2 {{/EvalMath}}', { a: 1, b: 3 })).toBe('7');
      expect(render('{{#EvalMath}} round(context.value / 3, 2) {{/EvalMath}}', { context: { value: 10 } })).toBe('3.33');
      expect(render('{{#EvalMath}} -(1 + 2) * max(1, 4) - pow(2, 3) {{/EvalMath}}')).toBe('-20');
    });

    it('renders and logs an error for an unknown variable or function', () => {
      expect(render('{{#EvalMath}} nope + 1 {{/EvalMath}}')).toBe('error evaluating tinymath expression "nope + 1": Unknown variable: nope');
      expect(render('{{#EvalMath}} frob(1) {{/EvalMath}}')).toBe('error evaluating tinymath expression "frob(1)": No such function: frob');
      expect(logger.messages('warn')).toHaveLength(2);
    });
  });

  describe('ParseHjson', () => {
    it('turns Hjson into JSON', () => {
      const template = `{{#ParseHjson}}
        {
          # a comment
          name: {{name}}
          count: 3
          "quoted key": 'say "hi"'
          # a quoteless string runs to the end of its line, so it ends lists there
          list: [ 1, true
            two
          ]
          nested: { ok: null }
        }
      {{/ParseHjson}}`;
      expect(JSON.parse(render(template, { name: 'rule one' }))).toEqual({
        name: 'rule one',
        count: 3,
        'quoted key': 'say "hi"',
        list: [1, true, 'two'],
        nested: { ok: null },
      });
    });

    it('reads a root without braces and multiline strings', () => {
      expect(JSON.parse(render("{{#ParseHjson}}a: 1\nb: '''\n  line one\n  line two\n  '''{{/ParseHjson}}"))).toEqual({
        a: 1,
        b: 'line one\nline two',
      });
    });

    it('renders an error for bad Hjson', () => {
      expect(render('{{#ParseHjson}} { a: 1 {{/ParseHjson}}')).toMatch(/^error parsing Hjson "\{ a: 1": End of input while parsing an object/);
    });
  });

  describe('FormatDate', () => {
    const date = '2022-11-29T15:52:44Z';
    it('formats in UTC with Kibana default format', () => {
      expect(render('{{#FormatDate}}{{date}}{{/FormatDate}}', { date })).toBe('2022-11-29 03:52pm');
    });

    it('converts to a time zone and applies a moment format', () => {
      expect(render('{{#FormatDate}} {{date}} ; America/New_York; dddd MMM Do YYYY HH:mm:ss.SSS Z {{/FormatDate}}', { date })).toBe(
        'Tuesday Nov 29th 2022 10:52:44.000 -05:00'
      );
      expect(render('{{#FormatDate}}{{date}};Asia/Kolkata;[at] h:mm A{{/FormatDate}}', { date })).toBe('at 9:22 PM');
    });

    it('renders errors for an empty or invalid date and an unknown time zone', () => {
      expect(render('{{#FormatDate}}  {{/FormatDate}}')).toBe('date is empty');
      expect(render('{{#FormatDate}}nope{{/FormatDate}}')).toBe('invalid date "nope"');
      expect(render('{{#FormatDate}}{{date}}; Mars/Olympus{{/FormatDate}}', { date })).toBe('unknown timeZone value "Mars/Olympus"');
    });
  });

  describe('FormatNumber', () => {
    it('formats with Intl.NumberFormat', () => {
      expect(render('{{#FormatNumber}}{{n}}; en-US; style: currency, currency: EUR{{/FormatNumber}}', { n: 1234.567 })).toBe('€1,234.57');
      expect(render('{{#FormatNumber}}{{n}};;maximumFractionDigits: 1{{/FormatNumber}}', { n: 1234.567 })).toBe('1,234.6');
      expect(render('{{#FormatNumber}}{{n}}{{/FormatNumber}}', { n: 1 })).toBe("invalid format, missing semicolons: '1'");
    });
  });

  describe('EncodeURI and EncodeURIComponent', () => {
    it('encodes the rendered text, spaces included', () => {
      expect(render('{{#EncodeURIComponent}} {{q}}{{/EncodeURIComponent}}', { q: 'a&b=c' })).toBe('%20a%26b%3Dc');
      expect(render('{{#EncodeURI}}https://x.test/a b?q={{q}}{{/EncodeURI}}', { q: 'ü' })).toBe('https://x.test/a%20b?q=%C3%BC');
    });
  });
});

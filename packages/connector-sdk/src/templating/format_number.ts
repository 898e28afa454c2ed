import { messageOf } from '../errors/message_of';

/*
 * The FormatNumber lambda's format, as Kibana's: `number; locales; options`, where locales are
 * comma-separated (en-US when empty) and options are `key: value` pairs of Intl.NumberFormat.
 * Both semicolons are required. Failures return (and log) a message instead of throwing.
 */

type IntlNumberOptions = Record<string, string | number | boolean>;

function optionValue(text: string): string | number | boolean {
  const asNumber = parseFloat(text);
  if (!isNaN(asNumber)) return asNumber;
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

function parseOptions(text: string): IntlNumberOptions | string {
  const options: IntlNumberOptions = {};
  for (const pair of text.split(',').map((s) => s.trim())) {
    if (pair === '') continue;
    const [key, value] = pair.split(':', 2);
    if (value === undefined) return `missing colon in option: '${pair}'`;
    options[key.trim()] = optionValue(value.trim());
  }
  return options;
}

/** The formatted number, or `[error message, true]` to log. */
export function formatNumber(numberLocalesOptions: string): { value: string; error?: boolean } {
  const [numberText, localesText, optionsText] = numberLocalesOptions.split(';', 3).map((s) => s.trim());
  if (localesText === undefined || optionsText === undefined) {
    return { value: `invalid format, missing semicolons: '${numberLocalesOptions}'`, error: true };
  }
  const num = parseFloat(numberText);
  if (isNaN(num)) return { value: `invalid number: '${numberText}'`, error: true };
  const locales = localesText.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const options = parseOptions(optionsText);
  if (typeof options === 'string') return { value: `invalid options: ${options}`, error: true };
  try {
    return { value: new Intl.NumberFormat(locales.length > 0 ? locales : ['en-US'], options).format(num) };
  } catch (err) {
    return { value: `error formatting number: ${messageOf(err)}`, error: true };
  }
}

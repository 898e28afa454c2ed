import type { Logger } from '@kbn/core-server';
import { evaluateMath } from './eval_math';
import { formatDate } from './format_date';
import { formatNumber } from './format_number';
import { parseHjson } from './parse_hjson';
import { messageOf } from '../errors/message_of';

type Render = (text: string) => string;
type View = Record<string, unknown>;

/*
 * Kibana's mustache lambdas: `{{#FormatDate}}{{date}}; Europe/Paris; YYYY-MM-DD{{/FormatDate}}`.
 * Each renders its content first, then transforms it. A failure renders as its message (and is
 * logged) so one bad section does not lose the whole notification.
 */

function logAndReturn(logger: Logger, message: string): string {
  logger.warn(`mustache render error: ${message}`);
  return message;
}

export function getMustacheLambdas(logger: Logger): Record<string, () => (this: View, text: string, render: Render) => string> {
  return {
    EvalMath: () =>
      // mustache calls lambdas with `this` set to the current view, so variables are in scope
      function (this: View, text: string, render: Render) {
        const expression = render(text.trim());
        try {
          return `${evaluateMath(expression, this)}`;
        } catch (err) {
          return logAndReturn(logger, `error evaluating tinymath expression "${expression}": ${messageOf(err)}`);
        }
      },
    ParseHjson: () =>
      function (text: string, render: Render) {
        const hjson = render(text.trim());
        try {
          return JSON.stringify(parseHjson(hjson));
        } catch (err) {
          return logAndReturn(logger, `error parsing Hjson "${hjson}": ${messageOf(err)}`);
        }
      },
    FormatDate: () =>
      function (text: string, render: Render) {
        const { value, error } = formatDate(render(text.trim()).trim());
        return error ? logAndReturn(logger, value) : value;
      },
    FormatNumber: () =>
      function (text: string, render: Render) {
        const { value, error } = formatNumber(render(text.trim()).trim());
        return error ? logAndReturn(logger, value) : value;
      },
    EncodeURI: () =>
      // whitespace is kept on purpose: it is part of what gets encoded
      function (text: string, render: Render) {
        const value = render(text);
        try {
          return encodeURI(value);
        } catch (err) {
          return logAndReturn(logger, `error evaluating encodeURI("${value}"): ${messageOf(err)}`);
        }
      },
    EncodeURIComponent: () =>
      function (text: string, render: Render) {
        const value = render(text);
        try {
          return encodeURIComponent(value);
        } catch (err) {
          return logAndReturn(logger, `error evaluating encodeURIComponent("${value}"): ${messageOf(err)}`);
        }
      },
  };
}

/** How rendered values are escaped, by where the text goes. */
export type Escape = 'none' | 'json' | 'markdown' | 'slack' | 'html';

function escapeNone(value: unknown): string {
  return value == null ? '' : `${value}`;
}

/** Safe inside a JSON string literal: JSON-stringified without the surrounding quotes. */
function escapeJSON(value: unknown): string {
  if (value == null) return '';
  const quoted = JSON.stringify(`${value}`);
  return quoted.slice(1, -1);
}

/**
 * Slack's formatting (https://api.slack.com/reference/surfaces/formatting), more drastically: a
 * value with `*` or `_` that is not a URL is wrapped in back tics whole (inner back tics become
 * quotes); otherwise `&`, `<` and `>` become entities and back tics quotes.
 */
function escapeSlack(value: unknown): string {
  if (value == null) return '';
  const text = `${value}`;
  if (text.includes('_') || text.includes('*')) {
    try {
      new URL(text);
    } catch {
      return '`' + text.replace(/`/g, `'`) + '`';
    }
  }
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`/g, `'`);
}

/** Every character markdown may treat specially gets a backslash (markdownguide.org's list). */
function escapeMarkdown(value: unknown): string {
  if (value == null) return '';
  return `${value}`.replace(/[\\|`*_{}[\]()#+\-.!]/g, (char) => `\\${char}`);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '/': '&#x2F;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** Mustache's own default escaping. */
function escapeHtml(value: unknown): string {
  return escapeNone(value).replace(/[&<>"'`=/]/g, (char) => HTML_ENTITIES[char]);
}

export function getEscape(escape: Escape): (value: unknown) => string {
  switch (escape) {
    case 'markdown':
      return escapeMarkdown;
    case 'slack':
      return escapeSlack;
    case 'json':
      return escapeJSON;
    case 'html':
      return escapeHtml;
    default:
      return escapeNone;
  }
}

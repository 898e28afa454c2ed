/*
 * The Hjson the ParseHjson lambda reads (https://hjson.github.io/syntax.html), parsed by our own
 * code so the SDK needs no extra dependency: comments (#, //, /* *\/), unquoted keys, quoteless
 * strings to the end of the line, '''multiline''' strings, optional commas, and root braces that
 * may be left out. Kibana uses the hjson package; error wording differs, the results do not.
 */

const PUNCTUATORS = new Set(['{', '}', '[', ']', ',', ':']);

export function parseHjson(text: string): unknown {
  let at = 0;

  const fail = (message: string): never => {
    const line = text.slice(0, at).split('\n').length;
    throw new Error(`${message} at line ${line}`);
  };

  const skipWhite = () => {
    for (;;) {
      while (at < text.length && /\s/.test(text[at])) at++;
      if (text[at] === '#' || text.startsWith('//', at)) {
        while (at < text.length && text[at] !== '\n') at++;
      } else if (text.startsWith('/*', at)) {
        const end = text.indexOf('*/', at + 2);
        at = end < 0 ? text.length : end + 2;
      } else {
        return;
      }
    }
  };

  const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

  const quoted = (): string => {
    if (text.startsWith(`'''`, at)) return multiline();
    const quote = text[at++];
    let result = '';
    while (at < text.length && text[at] !== quote) {
      if (text[at] !== '\\') {
        result += text[at++];
        continue;
      }
      const escaped = text[at + 1];
      if (escaped === 'u') {
        result += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
        at += 6;
      } else if (escaped !== undefined && escaped in ESCAPES) {
        result += ESCAPES[escaped];
        at += 2;
      } else {
        fail('Bad escape');
      }
    }
    if (at >= text.length) fail('Bad string');
    at++;
    return result;
  };

  const multiline = (): string => {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const indent = at - lineStart;
    const end = text.indexOf(`'''`, at + 3);
    if (end < 0) fail('Bad multiline string');
    let body = text.slice(at + 3, end);
    at = end + 3;
    body = body.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
    return body
      .split('\n')
      .map((line) => line.replace(new RegExp(`^[ \\t]{0,${indent}}`), ''))
      .join('\n');
  };

  const key = (): string => {
    if (text[at] === '"' || text[at] === "'") return quoted();
    const start = at;
    while (at < text.length && !PUNCTUATORS.has(text[at]) && !/\s/.test(text[at])) at++;
    if (at === start) fail(`Found '${text[at] ?? 'EOF'}' where a key name was expected`);
    return text.slice(start, at);
  };

  const quoteless = (): unknown => {
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const line = text.slice(at, lineEnd);
    // a number or keyword may be followed by a separator or comment on the same line
    const literal = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)\s*(?=$|[,\]}]|#|\/\/|\/\*)/.exec(line);
    if (literal) {
      at += literal[1].length;
      return JSON.parse(literal[1]);
    }
    at = lineEnd;
    return line.trim();
  };

  const object = (withoutBraces: boolean): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    if (!withoutBraces) at++;
    for (;;) {
      skipWhite();
      if (at >= text.length) {
        if (withoutBraces) return result;
        fail('End of input while parsing an object (did you forget a closing brace?)');
      }
      if (text[at] === '}' && !withoutBraces) {
        at++;
        return result;
      }
      const name = key();
      skipWhite();
      if (text[at] !== ':') fail(`Expected ':' instead of '${text[at] ?? 'EOF'}'`);
      at++;
      result[name] = value();
      skipWhite();
      if (text[at] === ',') at++;
    }
  };

  const array = (): unknown[] => {
    const result: unknown[] = [];
    at++;
    for (;;) {
      skipWhite();
      if (at >= text.length) fail('End of input while parsing an array (did you forget a closing bracket?)');
      if (text[at] === ']') {
        at++;
        return result;
      }
      result.push(value());
      skipWhite();
      if (text[at] === ',') at++;
    }
  };

  function value(): unknown {
    skipWhite();
    const char = text[at];
    if (char === '{') return object(false);
    if (char === '[') return array();
    if (char === '"' || char === "'") return quoted();
    if (char === undefined || PUNCTUATORS.has(char)) fail(`Found '${char ?? 'EOF'}' where a value was expected`);
    return quoteless();
  }

  skipWhite();
  // Root braces may be omitted: `a: 1` is an object.
  const rootIsBracelessObject = text[at] !== '{' && text[at] !== '[' && /^("[^"]*"|'[^']*'|[^\s{}[\],:]+)\s*:/.test(text.slice(at));
  const result = rootIsBracelessObject ? object(true) : value();
  skipWhite();
  if (at < text.length) fail(`Syntax error, found trailing characters`);
  return result;
}

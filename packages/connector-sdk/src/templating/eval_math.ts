/*
 * The arithmetic of the EvalMath lambda. Kibana evaluates with @kbn/tinymath; this is our own
 * evaluator of the same language's core, so the SDK needs no extra dependency: numbers, variables
 * (dotted paths into the view), + - * / with the usual precedence, unary minus, parentheses, and
 * tinymath's common functions. Errors use tinymath's wording where it has one.
 */

type MathFunction = (...args: number[]) => number;

const FUNCTIONS: Record<string, MathFunction> = {
  abs: Math.abs,
  add: (...args) => args.reduce((a, b) => a + b, 0),
  cbrt: Math.cbrt,
  ceil: Math.ceil,
  clamp: (a, min, max) => Math.min(Math.max(a, min), max),
  cube: (a) => a ** 3,
  divide: (a, b) => a / b,
  exp: Math.exp,
  fix: (a) => Math.trunc(a),
  floor: Math.floor,
  log: (a, base = Math.E) => Math.log(a) / Math.log(base),
  log10: Math.log10,
  max: (...args) => Math.max(...args),
  mean: (...args) => args.reduce((a, b) => a + b, 0) / args.length,
  min: (...args) => Math.min(...args),
  mod: (a, b) => a % b,
  multiply: (...args) => args.reduce((a, b) => a * b, 1),
  pi: () => Math.PI,
  pow: (a, b) => a ** b,
  round: (a, decimals = 0) => Math.round(a * 10 ** decimals) / 10 ** decimals,
  sqrt: Math.sqrt,
  square: (a) => a * a,
  subtract: (a, b) => a - b,
  sum: (...args) => args.reduce((a, b) => a + b, 0),
};

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)|([A-Za-z_$@][\w.$@[\]]*)|'([^']*)'|"([^"]*)"|([-+*/(),]))/y;

type Token = { kind: 'number'; value: number } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);
    if (!match) throw new Error(`Failed to parse expression. Unexpected "${expression.slice(start).trim()[0]}"`);
    if (match[1] !== undefined) tokens.push({ kind: 'number', value: Number(match[1]) });
    else if (match[5] !== undefined) tokens.push({ kind: 'op', value: match[5] });
    else tokens.push({ kind: 'name', value: match[2] ?? match[3] ?? match[4] });
  }
  return tokens;
}

function lookup(scope: Record<string, unknown>, path: string): unknown {
  if (path in scope) return scope[path];
  return path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), scope);
}

export function evaluateMath(expression: string, scope: Record<string, unknown>): number {
  const tokens = tokenize(expression);
  let position = 0;
  const peek = () => tokens[position];
  const isOp = (value: string) => peek()?.kind === 'op' && peek()?.value === value;
  const expectOp = (value: string) => {
    if (!isOp(value)) throw new Error(`Failed to parse expression. Expected "${value}"`);
    position++;
  };

  const primary = (): number => {
    const token = tokens[position++];
    if (!token) throw new Error('Failed to parse expression. Unexpected end of input');
    if (token.kind === 'number') return token.value;
    if (token.kind === 'op') {
      if (token.value === '-') return -primary();
      if (token.value === '+') return primary();
      if (token.value === '(') {
        const value = sum();
        expectOp(')');
        return value;
      }
      throw new Error(`Failed to parse expression. Unexpected "${token.value}"`);
    }
    if (isOp('(')) {
      position++;
      const args: number[] = [];
      while (!isOp(')')) {
        args.push(sum());
        if (!isOp(')')) expectOp(',');
      }
      position++;
      const fn = FUNCTIONS[token.value];
      if (!fn) throw new Error(`No such function: ${token.value}`);
      return fn(...args);
    }
    const value = lookup(scope, token.value);
    if (value === undefined) throw new Error(`Unknown variable: ${token.value}`);
    return typeof value === 'number' ? value : Number(value);
  };
  const product = (): number => {
    let value = primary();
    while (isOp('*') || isOp('/')) value = tokens[position++].value === '*' ? value * primary() : value / primary();
    return value;
  };
  function sum(): number {
    let value = product();
    while (isOp('+') || isOp('-')) value = tokens[position++].value === '+' ? value + product() : value - product();
    return value;
  }

  const result = sum();
  if (position < tokens.length) throw new Error(`Failed to parse expression. Unexpected "${String(peek()?.value)}"`);
  return result;
}

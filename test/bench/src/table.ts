import { FIGURES, verdict, type FigureKey, type Figures, type Target } from './figures';
import { round } from './stats';

function targetText(target: Target | null, unit: string): string {
  if (target === null) return '-';
  return `${target.op} ${target.value.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
}

function valueText(value: number | null, unit: string): string {
  if (value === null) return 'not measured';
  return `${round(value).toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
}

/** A plain-text table: one row per figure with its value, target and pass/fail. */
export function formatTable(figures: Figures, errors: Partial<Record<FigureKey, string>> = {}): string {
  const rows = (Object.keys(FIGURES) as FigureKey[]).map((key) => {
    const { label, unit, target } = FIGURES[key];
    if (errors[key] !== undefined) return [label, 'error', targetText(target, unit), 'FAIL'];
    return [label, valueText(figures[key], unit), targetText(target, unit), verdict(target, figures[key])];
  });
  const header = ['figure', 'measured', 'target', 'result'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

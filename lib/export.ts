// The facts table in the formats readers paste or download: CSV (RFC 4180), TSV, Markdown, JSON.
import type { ExtractResult, Fact } from './types';

export type TableFormat = 'csv' | 'tsv' | 'md';

export const FACT_COLUMNS = ['article', 'figure', 'value', 'unit', 'approx', 'subject', 'place', 'time', 'sentence'] as const;
export type FactRow = Record<(typeof FACT_COLUMNS)[number], string>;

/** A figure's normalized value as plain text: 639000000, or 30000–50000 for a range. */
export function formatValue(f: Fact['figure']): string {
  if (f.value != null) return plainNumber(f.value);
  if (f.min != null || f.max != null) return `${f.min != null ? plainNumber(f.min) : ''}–${f.max != null ? plainNumber(f.max) : ''}`;
  return '';
}

/** Digits without exponent where JavaScript would print one (2e13 → 20000000000000). */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e21 || Math.abs(n) < 1e-6) return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return String(n);
}

export function factRow(fact: Fact, articleTitle: string): FactRow {
  return {
    article: articleTitle,
    figure: fact.figure.text.replace(/\s+/g, ''),
    value: formatValue(fact.figure),
    unit: fact.figure.unit ?? '',
    approx: fact.figure.approx ?? '',
    subject: fact.subject ?? '',
    place: fact.place ? fact.place.name ?? fact.place.text : '',
    time: fact.time ? fact.time.text.replace(/\s+/g, '') : '',
    sentence: fact.sentence.text.replace(/\s+/g, ' ').trim(),
  };
}

/** Every fact of the page as rows, titled by each article's headline (or its number). */
export function factRows(result: ExtractResult): FactRow[] {
  return result.articles.flatMap((a) => a.facts.map((f) => factRow(f, articleTitle(a, a.index))));
}

export function articleTitle(a: { headline?: { text: string } }, index: number): string {
  return a.headline?.text.replace(/\s+/g, ' ').trim() || `#${index + 1}`;
}

/** A spreadsheet must not read a cell as a formula: = + - @ (and tab/CR) lead get a quote mark. */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = neutralizeFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function tsvCell(cell: string): string {
  return neutralizeFormula(cell).replace(/[\t\r\n]+/g, ' ');
}

function mdCell(cell: string): string {
  return cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** The table as text; withHeader false continues a table already begun. */
export function toTable(rows: FactRow[], format: TableFormat, withHeader = true): string {
  const header = [...FACT_COLUMNS];
  const lines = rows.map((r) => header.map((c) => r[c]));
  if (format === 'md' && withHeader) lines.unshift(header, header.map(() => '---'));
  else if (withHeader) lines.unshift(header);
  if (!lines.length) return '';
  if (format === 'csv') return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
  if (format === 'tsv') return lines.map((l) => l.map(tsvCell).join('\t')).join('\n') + '\n';
  return lines.map((l) => `| ${l.map(mdCell).join(' | ')} |`).join('\n') + '\n';
}

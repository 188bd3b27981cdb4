// Copy-out of facts: the table formats shared with the command line (lib/export), plus
// JSON with offsets and an HTML table for pasting into documents and spreadsheets.
import { articleTitle, factRow, FACT_COLUMNS, toTable, type FactRow } from '../lib/export';
import type { ArticleResult, Fact } from '../lib/types';
import type { PageResult } from './messages';

export type CopyFormat = 'md' | 'csv' | 'tsv' | 'json';
export const COPY_FORMATS: CopyFormat[] = ['md', 'csv', 'tsv', 'json'];

export interface Selection {
  url: string;
  title: string;
  /** The articles with the facts chosen from each. */
  parts: { article: ArticleResult; facts: Fact[] }[];
}

export function wholePage(url: string, title: string, result: PageResult): Selection {
  return { url, title, parts: result.articles.map((a) => ({ article: a, facts: a.facts })) };
}

function rows(sel: Selection): FactRow[] {
  return sel.parts.flatMap(({ article, facts }) => facts.map((f) => factRow(f, articleTitle(article, article.index))));
}

export function asJson(sel: Selection): string {
  return JSON.stringify(
    {
      url: sel.url,
      title: sel.title,
      articles: sel.parts.map(({ article, facts }) => ({
        index: article.index,
        headline: article.headline?.text,
        byline: article.byline?.text,
        date: article.date,
        start: article.start,
        end: article.end,
        facts: facts.map((f) => ({
          ...factRow(f, articleTitle(article, article.index)),
          article: article.index,
          start: f.figure.start,
          end: f.figure.end,
          sentenceStart: f.sentence.start,
          sentenceEnd: f.sentence.end,
        })),
      })),
    },
    null,
    2,
  );
}

export function formatSelection(sel: Selection, format: CopyFormat): string {
  return format === 'json' ? asJson(sel) : toTable(rows(sel), format);
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same rows as an HTML table; every cell escaped, for the text/html clipboard flavour. */
export function htmlTable(sel: Selection): string {
  const head = FACT_COLUMNS.map((c) => `<th>${c}</th>`).join('');
  const body = rows(sel)
    .map((r) => `<tr>${FACT_COLUMNS.map((c) => `<td>${escapeHtml(r[c])}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Puts the selection on the clipboard; tables also go as text/html. */
export async function copySelection(sel: Selection, format: CopyFormat): Promise<void> {
  const text = formatSelection(sel, format);
  if (format !== 'json' && typeof ClipboardItem === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([htmlTable(sel)], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // some browsers refuse text/html from extension pages: plain text still helps
    }
  }
  await navigator.clipboard.writeText(text);
}

const MIME: Record<CopyFormat, string> = { md: 'text/markdown', csv: 'text/csv', tsv: 'text/tab-separated-values', json: 'application/json' };

/** Saves the selection as a file; CSV starts with a BOM so Excel reads it as UTF-8. */
export function downloadSelection(sel: Selection, format: CopyFormat, name: string): void {
  const text = formatSelection(sel, format);
  const blob = new Blob([format === 'csv' ? '\uFEFF' + text : text], { type: `${MIME[format]};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.${format}`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The visible text of an HTML page: no scripts, styles or hidden nodes; block elements end lines.
// Where heading elements (h1–h6, role=heading) start is kept as hints for the article splitter.
import { Parser } from 'htmlparser2';
import { headingLevel } from '../lib/articles';
import type { HeadingHint } from '../lib/types';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'input', 'button']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th',
  'thead', 'tfoot', 'tr', 'ul', 'center', 'font-block',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g;

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  const style = (attrs.style || '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

// Stands in the raw output where a heading begins; CONTROL strips it from the page's own text.
const HEADING_MARK = '\x01';


export function htmlToText(html: string): string {
  return htmlToPage(html).text;
}

/** The page's visible text and where its headings start in it. */
export function htmlToPage(html: string): { text: string; headings: HeadingHint[] } {
  const out: string[] = [];
  const stack: { name: string; skip: boolean; heading: boolean }[] = [];
  let skipDepth = 0;
  const atLineStart = () => !out.length || out[out.length - 1] === '\n' || out[out.length - 1][0] === HEADING_MARK;
  const newline = () => {
    if (!atLineStart()) out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skip = SKIP.has(name) || isHidden(attrs);
        if (BLOCK.has(name)) newline();
        const level = skip || skipDepth ? 0 : headingLevel(name, attrs.role, attrs['aria-level']);
        // an inline heading in the middle of a line has no line of its own to mark
        const heading = level > 0 && atLineStart();
        if (heading) out.push(HEADING_MARK + level);
        if (VOID.has(name)) return;
        stack.push({ name, skip, heading });
        if (skip) skipDepth++;
      },
      ontext(data) {
        if (skipDepth) return;
        // Control bytes (some saved pages carry \x02 separators) are never ink.
        const t = data.replace(/[ \t\r\n\f]+/g, ' ').replace(/\u00a0/g, ' ').replace(CONTROL, '');
        if (!t.trim() && atLineStart()) return;
        out.push(t);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // pop to the matching tag (broken HTML closes what it left open)
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at < 0) return;
        for (const e of stack.splice(at)) {
          if (e.skip) skipDepth--;
          // a heading with no text marks nothing (the line after it is no heading)
          if (e.heading && out[out.length - 1]?.[0] === HEADING_MARK) out.pop();
        }
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const headings: HeadingHint[] = [];
  const lines: string[] = [];
  let length = 0;
  for (const raw of out.join('').split('\n')) {
    // the last mark on a line is the innermost heading's
    const mark = raw.lastIndexOf(HEADING_MARK);
    const line = (mark < 0 ? raw : raw.replaceAll(/\x01[1-6]/g, '')).trim();
    if (!line) continue;
    if (lines.length) length++;
    if (mark >= 0) headings.push({ start: length, level: Number(raw[mark + 1]) });
    lines.push(line);
    length += line.length;
  }
  return { text: lines.join('\n'), headings };
}

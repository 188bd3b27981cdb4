// The visible text of an HTML page: no scripts, styles or hidden nodes; block elements end lines.
import { Parser } from 'htmlparser2';

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

export function htmlToText(html: string): string {
  const out: string[] = [];
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  const newline = () => {
    if (out.length && out[out.length - 1] !== '\n') out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skip = SKIP.has(name) || isHidden(attrs);
        if (BLOCK.has(name)) newline();
        if (VOID.has(name)) return;
        stack.push({ name, skip });
        if (skip) skipDepth++;
      },
      ontext(data) {
        if (skipDepth) return;
        // Control bytes (some saved pages carry \x02 separators) are never ink.
        const t = data.replace(/[ \t\r\n\f]+/g, ' ').replace(/\u00a0/g, ' ').replace(CONTROL, '');
        if (!t.trim() && (!out.length || out[out.length - 1] === '\n')) return;
        out.push(t);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // pop to the matching tag (broken HTML closes what it left open)
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at < 0) return;
        for (const e of stack.splice(at)) if (e.skip) skipDepth--;
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

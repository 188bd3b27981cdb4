// Page text is data: none of our code may hand a string to an HTML parser in the page or our UI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const SINKS = /\binnerHTML\s*=|\bouterHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write\s*\(|\bcreateContextualFragment\b|new\s+Function\s*\(|\beval\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('HTML sinks', () => {
  const files = ['lib', 'components', 'entrypoints', 'cli'].flatMap((d) => sources(join(root, d)));

  it('scans the extension and engine sources', () => {
    expect(files.some((f) => f.includes('components'))).toBe(true);
    expect(files.length).toBeGreaterThan(20);
  });

  it('finds no innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, document.write or eval', () => {
    const offenders = files.filter((f) => SINKS.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});

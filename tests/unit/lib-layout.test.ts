// The engine's folders (DEVELOPERS.md, "Engine layout") are each reached through one entry module: code
// outside lib/places/ imports lib/places (its index.ts), never lib/places/rules.ts. Unit tests are left out:
// a test of a folder's internals may import that module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const FOLDERS = ['page', 'articles', 'places', 'figures', 'programs', 'times', 'facts', 'text'];
const IMPORT = /(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

/** "places/rules" for a path inside a folder of lib/, else null. */
function folderPath(path: string): { folder: string; rest: string } | null {
  const m = relative(join(root, 'lib'), path).match(/^([^./][^/]*)\/(.+)$/);
  return m && FOLDERS.includes(m[1]) ? { folder: m[1], rest: m[2] } : null;
}

/** Imports from outside a folder that reach past its index.ts, as "file → target". */
function pastTheIndex(files: string[], read = (file: string) => readFileSync(file, 'utf8')): string[] {
  const wrong: string[] = [];
  for (const file of files) {
    const from = folderPath(file);
    for (const m of read(file).matchAll(IMPORT)) {
      const target = folderPath(resolve(dirname(file), m[1]));
      if (!target || target.folder === from?.folder) continue;
      if (!/^index(\.ts)?$/.test(target.rest)) wrong.push(`${relative(root, file)} → ${m[1]}`);
    }
  }
  return wrong;
}

describe('lib/ layout', () => {
  it('code outside an engine folder imports only its index.ts', () => {
    const files = ['lib', 'cli', 'components', 'entrypoints', 'scripts', 'tests/e2e'].flatMap((d) => sources(join(root, d)));
    expect(files.length).toBeGreaterThan(50);
    expect(pastTheIndex(files)).toEqual([]);
  });

  it('flags an import that reaches into another folder, not one through its index or inside the folder', () => {
    const probe = join(root, 'lib/figures/probe.ts');
    const text = "import { SUFFIX_WORD } from '../places/rules';\nimport { findPlaces } from '../places';\nimport { unitAt } from './units';\n";
    expect(pastTheIndex([probe], () => text)).toEqual(['lib/figures/probe.ts → ../places/rules']);
  });
});

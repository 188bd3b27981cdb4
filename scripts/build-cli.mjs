#!/usr/bin/env node
// Bundles the command line (cli/main.ts and the engine it imports) into dist/dianjing.mjs, so that
// `dianjing` starts on plain JavaScript: no TypeScript compiled at every start. Then a V8 startup snapshot,
// dist/dianjing.blob, of the engine with its place index built (cli/snapshot-main.ts): a start maps that in
// rather than decode and index the gazetteer again (most of what the command spent beyond jieba itself).
// The snapshot is tied to the Node binary that built it (dist/dianjing.blob.json says which); bin/ uses it
// only from that binary, else the bundle. Last, dist/jieba.mem: jieba's dictionary built once, as an image of its
// WebAssembly memory that a start copies in rather than build it again (cli/jieba-image.ts). Run by `npm run prepare`
// after the gazetteer and t2s builds (esbuild inlines their imported JSON), by `npm test` before the tests
// (so no test runs a stale bundle), and by bin/dianjing.mjs itself when the bundle is missing.
//
//   node scripts/build-cli.mjs [--out FILE]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
export const BUNDLE = `${root}dist/dianjing.mjs`;
export const SNAPSHOT = `${root}dist/dianjing.blob`;
export const JIEBA_IMAGE = `${root}dist/jieba.mem`;
const banner = { js: '// Built by scripts/build-cli.mjs from cli/: edit the sources, not this file.' };

export async function buildCli(out = BUNDLE) {
  await build({
    entryPoints: [`${root}cli/main.ts`],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // packages stay in node_modules: jieba-wasm's Node build reads its .wasm from beside its own file
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
    banner,
  });
  return out;
}

/** The startup snapshot; false (and no blob) where this Node cannot build one. */
export async function buildSnapshot(out = SNAPSHOT) {
  rmSync(out, { force: true });
  rmSync(`${out}.json`, { force: true });
  const entry = `${out}.entry.cjs`;
  await build({
    entryPoints: [`${root}cli/snapshot-main.ts`],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'cjs', // a snapshot's entry is a script that may require only Node's own modules:
    // every package is bundled in but those required at run time: jieba-wasm (WebAssembly cannot be in a
    // snapshot), and the HTML page's linkedom and iconv-lite (cli/node-packages.ts), found from the bundle's URL
    external: ['jieba-wasm'],
    define: { 'import.meta.url': 'undefined' }, // a script has none; runCli sets where packages are found from
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    banner,
  });
  const r = spawnSync(process.execPath, ['--snapshot-blob', out, '--build-snapshot', entry], { encoding: 'utf8' });
  rmSync(entry, { force: true });
  if (r.status !== 0) {
    rmSync(out, { force: true });
    process.stderr.write(`build-cli: no startup snapshot (${(r.stderr || r.error?.message || '').trim().split('\n')[0]}); dianjing runs from the bundle\n`);
    return false;
  }
  writeFileSync(`${out}.json`, JSON.stringify({ node: process.version, execPath: process.execPath }) + '\n');
  return true;
}

/** jieba's state image, written by a fresh Node; false (and no image) where it cannot be made. */
export async function buildJiebaImage(out = JIEBA_IMAGE) {
  rmSync(out, { force: true });
  rmSync(`${out}.json`, { force: true });
  const entry = `${out}.entry.mjs`;
  await build({
    entryPoints: [`${root}cli/jieba-image-main.ts`],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    banner,
  });
  const r = spawnSync(process.execPath, [entry, out], { encoding: 'utf8' });
  rmSync(entry, { force: true });
  if (r.status !== 0) {
    rmSync(out, { force: true });
    rmSync(`${out}.json`, { force: true });
    process.stderr.write(`build-cli: no jieba image (${(r.stderr || r.error?.message || '').trim().split('\n')[0]}); jieba builds its dictionary at each start\n`);
    return false;
  }
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli(outIndex >= 0 ? args[outIndex + 1] : BUNDLE);
  if (outIndex < 0) {
    await buildSnapshot();
    await buildJiebaImage();
  }
}

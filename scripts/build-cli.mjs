#!/usr/bin/env node
// Bundles the command line (cli/main.ts and the engine it imports) into dist/dianjing.mjs, so that
// `dianjing` starts on plain JavaScript: no TypeScript compiled at every start. Run by `npm run prepare`
// after the gazetteer and t2s builds (esbuild inlines their imported JSON), by `npm test` before the tests
// (so no test runs a stale bundle), and by bin/dianjing.mjs itself when the bundle is missing.
//
//   node scripts/build-cli.mjs [--out FILE]
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
export const BUNDLE = `${root}dist/dianjing.mjs`;

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
    banner: { js: '// Built by scripts/build-cli.mjs from cli/main.ts: edit the sources, not this file.' },
  });
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli(outIndex >= 0 ? args[outIndex + 1] : BUNDLE);
}

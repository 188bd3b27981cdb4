#!/usr/bin/env node
// Builds a second folder of real pages for the story reader, in the layout score-main.mjs reads
// (original/<name>.html, cleaned/<name>.txt), from the magic-html benchmark's article set
// (github.com/opendatalab/magic-html, Apache-2.0: benchmark/data/article/base.json and htmls/).
// Only the pages whose gold body is Chinese (over 200 Han characters) are kept: 49 pages, most of
// them 2024 news stories from the sites issue #12 names. The data is not committed; it is rebuilt
// from a clone or a bare mirror of that repository:
//   node scripts/make-magic-html-pages.mjs MAGIC_HTML_GIT_DIR OUT_DIR
// then: node scripts/bench-reader.mjs OUT_DIR (ours beside Readability, same measure).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [repo, out] = process.argv.slice(2);
if (!repo || !out) {
  console.error('usage: make-magic-html-pages.mjs MAGIC_HTML_GIT_DIR OUT_DIR');
  process.exit(2);
}
const show = (path) => execFileSync('git', ['-C', repo, 'show', `HEAD:${path}`], { maxBuffer: 1 << 28 });
const base = JSON.parse(show('benchmark/data/article/base.json').toString('utf8'));
const HAN = /[\u4e00-\u9fff]/g;
const MIN_HAN = 200; // fewer: an English or Japanese page that quotes a few Chinese words
mkdirSync(join(out, 'original'), { recursive: true });
mkdirSync(join(out, 'cleaned'), { recursive: true });
let kept = 0;
for (const [name, page] of Object.entries(base)) {
  if ((page.content.match(HAN) ?? []).length <= MIN_HAN) continue;
  writeFileSync(join(out, 'original', `${name}.html`), show(`benchmark/data/article/htmls/${name}.html`));
  writeFileSync(join(out, 'cleaned', `${name}.txt`), page.content);
  kept++;
}
console.log(`${kept} pages written to ${out}`);

// Our page reader beside Mozilla Readability on the same saved pages, in the same run: each writes its
// story text per page into a scratch folder, then ../shared/eval/score-main.mjs scores both folders.
// Readability mutates the document it reads, so it gets a DOM of its own (linkedom, as ours).
//   node --import tsx scripts/score-readers.ts [PAGES_DIR] [--worst K]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml, readHtml } from '../cli/read-input';
import { storyText } from '../lib/page';

const args = process.argv.slice(2);
const pages = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? fileURLToPath(new URL('../../shared/data/pages', import.meta.url));
const worst = args.includes('--worst') ? args[args.indexOf('--worst') + 1] : '0';
const scorer = join(pages, '../../eval/score-main.mjs');

const ours = mkdtempSync(join(tmpdir(), 'dj-ours-'));
const theirs = mkdtempSync(join(tmpdir(), 'dj-readability-'));
const ms = { ours: 0, readability: 0 };
let failed = 0;
for (const file of readdirSync(join(pages, 'original')).filter((f) => f.endsWith('.html'))) {
  const html = decodeHtml(readFileSync(join(pages, 'original', file)));
  const name = file.replace(/\.html$/, '.txt');
  let t = performance.now();
  const page = readHtml(html);
  writeFileSync(join(ours, name), storyText(page.text, page.blocks) + '\n');
  ms.ours += performance.now() - t;
  t = performance.now();
  let text = '';
  try {
    const whole = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<html><body>${html}</body></html>`;
    const article = new Readability(parseHTML(whole).document as unknown as Document).parse();
    // its title, then its text one paragraph a line, as ours prints
    if (article) text = [article.title, ...(article.textContent ?? '').split(/\n+/).map((l) => l.replace(/\s+/g, ' ').trim())].filter(Boolean).join('\n');
  } catch {
    failed++; // scored as an empty prediction
  }
  writeFileSync(join(theirs, name), text + '\n');
  ms.readability += performance.now() - t;
}
for (const [label, dir] of [['dianjing read', ours], ['Readability', theirs]] as const) {
  const r = spawnSync(process.execPath, [scorer, pages, '--pred', dir, '--worst', worst], { encoding: 'utf8' });
  process.stdout.write(`${label.padEnd(14)} ${r.stdout.trim().split('\n').join(`\n${' '.repeat(15)}`)}\n`);
}
const n = readdirSync(ours).length;
console.log(`time per page (parse + read): dianjing ${(ms.ours / n).toFixed(1)} ms, Readability ${(ms.readability / n).toFixed(1)} ms; Readability threw on ${failed} pages`);
rmSync(ours, { recursive: true });
rmSync(theirs, { recursive: true });

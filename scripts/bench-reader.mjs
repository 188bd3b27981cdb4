#!/usr/bin/env node
// Main-content extraction on the saved real pages (../shared/data/pages), three readers in one run,
// each scored the same way by ../shared/eval/score-main.mjs (magic-html's ROUGE-L over jieba words):
//   - ours: `node bin/dianjing.mjs read FILE`, the command the CLI ships;
//   - Mozilla Readability on a linkedom DOM: the anchor issue #12 asks us to beat;
//   - all the text of the page's body (scripts and styles left out): the floor any reader must clear.
// Figures only, asserts nothing. `npm run bench` runs it under tsx, so pages are decoded by the CLI's own
// decodeHtml (GBK pages read as the command reads them, not as UTF-8 mojibake).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../cli/read-input.ts';

// another folder of pages in the same layout (original/, cleaned/) may be given: node … bench-reader.mjs DIR
const PAGES = resolve(process.argv[2] ?? '../shared/data/pages');
const SCORER = resolve('../shared/eval/score-main.mjs');
const F1_TARGET = 0.95;

if (!existsSync(join(PAGES, 'original')) || !existsSync(SCORER)) {
  console.log(`skipped: no ${PAGES}/original or ${SCORER} beside the project`);
  process.exit(0);
}
const names = readdirSync(join(PAGES, 'cleaned'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const htmlOf = (name) => decodeHtml(readFileSync(join(PAGES, 'original', `${name}.html`)));

/**
 * A fresh DOM for one page (Readability changes the one it reads). Many saved pages open with the corpus's
 * <text id=URL …> wrapper before <html>: linkedom would make that wrapper the root and leave the body
 * empty, so the page is parsed from its <html>; a page with no <html> at all is put inside a body.
 */
function domOf(html) {
  const at = html.slice(0, 8192).search(/<html[\s>]/i);
  return parseHTML(at >= 0 ? html.slice(at) : `<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Readability's article text, one paragraph a line (its textContent keeps the source's line breaks). */
function readabilityText(html) {
  const article = new Readability(domOf(html)).parse();
  return paragraphs(article?.textContent ?? '');
}

const paragraphs = (text) =>
  text
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

// elements that start and end a line of text; what is not here flows inline
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(' '),
);
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'textarea', 'iframe', 'object']);

/** Every text of the body, blocks one per line: what a reader with no idea of the story would give. */
function allText(html) {
  const out = [];
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out.push(n.data);
      else if (n.nodeType === 1) {
        const tag = n.localName;
        if (UNSEEN.has(tag) || n.hasAttribute('hidden')) continue;
        const block = BLOCKS.has(tag);
        if (block) out.push('\n');
        walk(n);
        if (block) out.push('\n');
      }
    }
  };
  const doc = domOf(html);
  walk(doc.body ?? doc.documentElement);
  return paragraphs(out.join(''));
}

/** Our reader, as a user runs it; null when this checkout's CLI has no `read` command yet. */
function oursText(name) {
  const r = spawnSync(process.execPath, ['bin/dianjing.mjs', 'read', join(PAGES, 'original', `${name}.html`)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { text: r.status === 0 ? r.stdout : null, error: r.status === 0 ? '' : firstComplaint(r.stderr || r.stdout) };
}

// the bin's own progress notes (building the bundle on a first run) are not the reason it failed
const firstComplaint = (out) => out.split('\n').find((l) => l.trim() && !/building/.test(l)) ?? 'no output';

const readers = [
  { label: 'dianjing read', run: (name) => oursText(name), target: `≥ ${F1_TARGET}`, note: 'node bin/dianjing.mjs read FILE (one process per page)' },
  { label: 'Mozilla Readability', run: (name) => readabilityText(htmlOf(name)), note: `@mozilla/readability ${versionOf('@mozilla/readability')} on linkedom ${versionOf('linkedom')}, parse + read` },
  { label: 'all visible text (floor)', run: (name) => allText(htmlOf(name)), note: 'body text minus script/style/hidden, parse + walk' },
];

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(resolve('node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

const rows = [];
for (const reader of readers) {
  const dir = mkdtempSync(join(tmpdir(), 'dj-bench-reader-'));
  try {
    let ms = 0;
    let failed = 0;
    let missing = null;
    for (const name of names) {
      const t0 = performance.now();
      let text = '';
      try {
        const got = reader.run(name);
        if (typeof got === 'string') text = got;
        else if (got.text == null) {
          // the first page already fails: the command is not there (or broken) in this checkout
          if (name === names[0]) missing = got.error || 'no output';
          failed++;
        } else text = got.text;
      } catch {
        failed++; // scored as an empty prediction, as score-main scores a page with no output
      }
      ms += performance.now() - t0;
      if (missing) break;
      writeFileSync(join(dir, `${name}.txt`), text);
    }
    if (missing) {
      rows.push({ ...reader, missing });
      continue;
    }
    const r = spawnSync(process.execPath, [SCORER, PAGES, '--pred', dir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`score-main.mjs failed: ${r.stderr}`);
    const s = JSON.parse(r.stdout);
    rows.push({ ...reader, f1: s.f1_mean, p: s.prec_mean, r: s.rec_mean, pages: s.pages, msPerPage: ms / names.length, failed });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const f3 = (x) => x.toFixed(3);
const w = Math.max(...rows.map((r) => r.label.length));
console.log(`${names.length} saved pages (${PAGES.split('/').slice(-3).join('/')}), scored by score-main.mjs: f1_mean (prec_mean, rec_mean)`);
for (const r of rows) {
  const head = r.label.padEnd(w);
  if (r.missing) {
    console.log(`${head}  not available  ${r.target ?? ''}  (${r.missing})`);
    continue;
  }
  const failed = r.failed ? `; failed on ${r.failed} pages (scored 0)` : '';
  console.log(`${head}  f1 ${f3(r.f1)} (P ${f3(r.p)}, R ${f3(r.r)})  ${(r.target ?? '').padEnd(6)}  ${r.msPerPage.toFixed(0)} ms/page: ${r.note}${failed}`);
}
const [ours, readability] = rows;
if (!ours.missing && !readability.missing) console.log(`ours − Readability: ${(ours.f1 - readability.f1 >= 0 ? '+' : '') + f3(ours.f1 - readability.f1)} f1 (issue #12: trafilatura 0.90, Readability 0.89, all visible text 0.63 on hidden 2024 pages)`);

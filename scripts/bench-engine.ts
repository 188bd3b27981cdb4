// Engine speed beside jieba-wasm's own tag() on the same long text, in the same run,
// and the one-time start costs. Figures and ratios only: no assertion, no pass/fail.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const ms = (t0: number) => performance.now() - t0;

let t0 = performance.now();
const jieba = await import('jieba-wasm');
const jiebaLoadMs = ms(t0);

t0 = performance.now();
const { extract } = await import('../lib/extract');
const { jiebaSegmenter, setSegmenter } = await import('../lib/text');
setSegmenter(jiebaSegmenter(jieba));
const engineImportMs = ms(t0);

// gazetteer: loaded lazily by the places engine; measure it where it exposes a loader, then the place
// index built over it (the rest of what the first extract pays before it reads anything)
let gazetteerLine = 'gazetteer: no loader exposed';
try {
  const gaz: Record<string, unknown> = await import('../lib/places');
  const loader = (gaz.loadGazetteer ?? gaz.getGazetteer) as (() => unknown) | undefined;
  if (loader) {
    t0 = performance.now();
    loader();
    gazetteerLine = `gazetteer load: ${ms(t0).toFixed(1)} ms`;
    const lexicon: Record<string, unknown> = await import('../lib/places');
    if (typeof lexicon.loadPlaceIndex === 'function') {
      t0 = performance.now();
      lexicon.loadPlaceIndex();
      gazetteerLine += ` + place index ${ms(t0).toFixed(1)} ms`;
    }
    const file = new URL('../lib/data/gazetteer.json', import.meta.url);
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      gazetteerLine += `, size ${(bytes.length / 1024).toFixed(0)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`;
    }
  }
} catch {}

const fixture = new URL('../tests/fixtures/epaper-jiangxi.txt', import.meta.url);
const pages = new URL('../../shared/data/pd1998-pages-dev.jsonl', import.meta.url);
let text: string;
let source: string;
if (existsSync(pages)) {
  text = readFileSync(pages, 'utf8').split('\n').filter(Boolean).slice(0, 40).map((l) => JSON.parse(l).text).join('\n');
  source = 'first 40 pages of pd1998-pages-dev';
} else {
  const one = readFileSync(fixture, 'utf8');
  text = Array.from({ length: Math.ceil(300_000 / one.length) }, () => one).join('\n\n');
  source = 'the bundled e-paper sample, repeated';
}

t0 = performance.now();
extract(text.slice(0, 2000));
const firstCallMs = ms(t0);

// rounds alternate between the contenders so that load from elsewhere on the machine hits both alike;
// each keeps its fastest round
const contenders = {
  engine: () => extract(text),
  tag: () => jieba.tag(text, true),
  tokenize: () => jieba.tokenize(text, 'default', true),
};
const fastest: Record<keyof typeof contenders, number> = { engine: Infinity, tag: Infinity, tokenize: Infinity };
for (let round = 0; round < 5; round++) {
  for (const [name, fn] of Object.entries(contenders) as [keyof typeof contenders, () => unknown][]) {
    const t = performance.now();
    fn();
    fastest[name] = Math.min(fastest[name], performance.now() - t);
  }
}
const { engine: engineMs, tag: tagMs, tokenize: tokenizeMs } = fastest;
const kcps = (t: number) => ((text.length / t) * 1000) / 1000;

console.log(`text: ${text.length.toLocaleString('en-US')} chars (${source})`);
console.log(`start: jieba-wasm load ${jiebaLoadMs.toFixed(1)} ms, engine import ${engineImportMs.toFixed(1)} ms, first extract ${firstCallMs.toFixed(1)} ms`);
console.log(gazetteerLine);
console.log(`engine extract():     ${engineMs.toFixed(0).padStart(6)} ms  ${kcps(engineMs).toFixed(0).padStart(6)} K chars/s`);
console.log(`jieba-wasm tag():     ${tagMs.toFixed(0).padStart(6)} ms  ${kcps(tagMs).toFixed(0).padStart(6)} K chars/s`);
console.log(`jieba-wasm tokenize(): ${tokenizeMs.toFixed(0).padStart(5)} ms  ${kcps(tokenizeMs).toFixed(0).padStart(6)} K chars/s`);
console.log(`ratio engine/tag throughput: ${(tagMs / engineMs).toFixed(2)} (target ≥ 0.8)`);
const mem = process.memoryUsage();
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);

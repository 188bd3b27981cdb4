// jieba's dictionary, built once at build time and kept as an image of the WebAssembly instance's memory
// (dist/jieba.mem, written by scripts/build-cli.mjs through cli/jieba-image-main.ts). jieba-rs builds its
// dictionary on the first cut, about 0.4 s of CPU at every start, the largest part of a one-page run; copying
// the built state back into a fresh instance costs a few tens of milliseconds. It works because everything
// jieba keeps between calls lives in the linear memory (the Rust heap and statics) and in the externref
// table (the property names its answers use, "word", "tag", …); its one mutable global, the stack pointer,
// is back at its start between calls. The image fits only the very jieba-wasm build that wrote it (checked
// by the .wasm's size and the glue's export names, which carry wasm-bindgen's hashes); else it is not used.
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PAGE = 65536; // a WebAssembly page
const FORMAT = 1;

/** The parts of jieba-wasm's Node module (its wasm-bindgen glue) that the image reads and writes. */
export interface JiebaInstance {
  __wasm?: { memory: WebAssembly.Memory; __wbindgen_export_2?: WebAssembly.Table };
  cut(text: string, hmm?: boolean | null): string[];
  tag(text: string, hmm?: boolean | null): unknown[];
  tokenize(text: string, mode: string, hmm?: boolean | null): unknown[];
}

/** A table slot that is not null: undefined, or a JSON value (strings, numbers, booleans). */
type Slot = [index: number, undefinedOrValue: 'u' | ['v', string | number | boolean]];

interface ImageMeta {
  format: number;
  /** Which jieba-wasm build wrote it. */
  identity: string;
  memoryBytes: number;
  /** The stored pages in file order, as runs [first page, page count]; pages not stored are zero. */
  runs: [number, number][];
  tableLength: number;
  slots: Slot[];
}

/** `resolved`: the path of jieba-wasm's Node module (require.resolve('jieba-wasm')). */
function identityOf(jieba: JiebaInstance, resolved: string): string {
  const wasmBytes = statSync(join(dirname(resolved), 'jieba_rs_wasm_bg.wasm')).size;
  return `${wasmBytes}:${Object.keys(jieba).sort().join(',')}`;
}

/** The calls whose first use builds jieba's state: the dictionary (any cut), its tags, the HMM for unknown words. */
function warmUp(jieba: JiebaInstance): void {
  const text = '江西日报讯 记者王明报道：2024年全省粮食产量达到438.5亿斤，比上年增长1.2%。GDP增速居中部第一，樟树市“财园信贷通”惠及3500户。';
  jieba.cut(text, true);
  jieba.cut(text, false);
  jieba.tag(text, true);
  jieba.tokenize(text, 'default', true);
  jieba.tokenize(text, 'default', false);
}

/**
 * Warms up a freshly loaded jieba and writes the image of its state to `imagePath` (+ `.json`). Returns
 * the reason when there is none to write (a jieba-wasm whose glue is not the expected one).
 */
export function writeJiebaImage(jieba: JiebaInstance, resolved: string, imagePath: string): string | null {
  const wasm = jieba.__wasm;
  const table = wasm?.__wbindgen_export_2;
  if (!wasm?.memory || !table) return 'jieba-wasm exposes no memory or externref table';
  const initialPages = wasm.memory.buffer.byteLength / PAGE; // what a fresh instance has: always stored
  warmUp(jieba);
  const slots: Slot[] = [];
  for (let i = 0; i < table.length; i++) {
    const v = table.get(i);
    if (v === null) continue;
    if (v === undefined) slots.push([i, 'u']);
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') slots.push([i, ['v', v]]);
    else return `jieba keeps a ${typeof v} in its table between calls, which an image cannot hold`;
  }
  const bytes = new Uint8Array(wasm.memory.buffer);
  const pages = bytes.length / PAGE;
  const runs: [number, number][] = [];
  const kept: Uint8Array[] = [];
  for (let p = 0; p < pages; p++) {
    const page = bytes.subarray(p * PAGE, (p + 1) * PAGE);
    // a page grown after start is zero in a fresh instance: an all-zero one need not be stored
    if (p >= initialPages && !page.some((b) => b !== 0)) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === p) last[1]++;
    else runs.push([p, 1]);
    kept.push(page);
  }
  writeFileSync(imagePath, Buffer.concat(kept));
  const meta: ImageMeta = { format: FORMAT, identity: identityOf(jieba, resolved), memoryBytes: bytes.length, runs, tableLength: table.length, slots };
  writeFileSync(`${imagePath}.json`, JSON.stringify(meta) + '\n');
  return null;
}

/**
 * Puts the image's state into a freshly loaded jieba. False, with jieba untouched, when there is no image
 * or it is another build's. Throws only when a read fails once jieba's memory is being overwritten: the
 * caller then loads jieba again.
 */
export function restoreJiebaImage(jieba: JiebaInstance, resolved: string, imagePath: string): boolean {
  const wasm = jieba.__wasm;
  const table = wasm?.__wbindgen_export_2;
  if (!wasm?.memory || !table) return false;
  let meta: ImageMeta;
  let fd: number;
  try {
    meta = JSON.parse(readFileSync(`${imagePath}.json`, 'utf8'));
    if (meta.format !== FORMAT || meta.identity !== identityOf(jieba, resolved)) return false;
    fd = openSync(imagePath, 'r');
  } catch {
    return false;
  }
  try {
    const stored = meta.runs.reduce((n, [, count]) => n + count, 0) * PAGE;
    const have = wasm.memory.buffer.byteLength;
    if (fstatSync(fd).size !== stored || have > meta.memoryBytes || table.length > meta.tableLength) return false;
    wasm.memory.grow((meta.memoryBytes - have) / PAGE);
    const bytes = new Uint8Array(wasm.memory.buffer);
    let from = 0;
    for (const [first, count] of meta.runs) {
      // straight from the file into the instance's memory, no copy between
      const end = (first + count) * PAGE;
      for (let at = first * PAGE; at < end; ) {
        const n = readSync(fd, bytes, at, end - at, from);
        if (n <= 0) throw new Error(`jieba image ${imagePath} ended early`);
        at += n;
        from += n;
      }
    }
    table.grow(meta.tableLength - table.length, null);
    for (let i = 0; i < meta.tableLength; i++) table.set(i, null);
    for (const [i, v] of meta.slots) table.set(i, v === 'u' ? undefined : v[1]);
    return true;
  } finally {
    closeSync(fd);
  }
}

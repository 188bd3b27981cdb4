// jieba-wasm carries its 5 MB dictionary inside the .wasm as a raw deflate stream that its
// Rust code inflates at start. That stream was written by a fast compressor; Zopfli writes
// the same bytes ~13% smaller. Swapping the stream in place (and zeroing the bytes it no
// longer needs, which the store zip then squeezes to nothing) keeps every address and
// length in the module as it was, so the code runs unchanged and reads the same words.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants, inflateRawSync } from 'node:zlib';
import { deflateAsync } from '@gfx/zopfli';

/** Bump when the output changes for the same input, so stale cache files are not reused. */
const REPACK_VERSION = 1;
/** Zopfli's passes: 5 gives 0.6% over 1 for one more second on this size. */
const ZOPFLI_ITERATIONS = 5;

export interface DeflateStream {
  /** Byte offset of the stream in the .wasm file. */
  start: number;
  /** Bytes of the stream, up to the end of its final block. */
  length: number;
  /** What it inflates to. */
  text: Uint8Array;
}

function readLeb(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error('jieba.wasm: truncated LEB128 number');
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Skips a constant expression (i32.const n or global.get g, then end) of an active segment. */
function skipOffsetExpression(bytes: Uint8Array, at: number): number {
  const opcode = bytes[at];
  if (opcode !== 0x41 && opcode !== 0x23) throw new Error(`jieba.wasm: unexpected data offset opcode 0x${opcode?.toString(16)}`);
  const [, next] = readLeb(bytes, at + 1);
  if (bytes[next] !== 0x0b) throw new Error('jieba.wasm: data offset expression is not a constant');
  return next + 1;
}

/** File ranges of the module's data segments (the bytes copied into memory at start). */
export function dataSegments(wasm: Uint8Array): { start: number; length: number }[] {
  if (wasm[0] !== 0 || wasm[1] !== 0x61 || wasm[2] !== 0x73 || wasm[3] !== 0x6d) throw new Error('not a WebAssembly module');
  const segments: { start: number; length: number }[] = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    if (id === 11) {
      let [count, cursor] = readLeb(wasm, body);
      while (count-- > 0) {
        let flags: number;
        [flags, cursor] = readLeb(wasm, cursor);
        if (flags === 2) [, cursor] = readLeb(wasm, cursor); // memory index
        if (flags !== 1) cursor = skipOffsetExpression(wasm, cursor);
        let length: number;
        [length, cursor] = readLeb(wasm, cursor);
        segments.push({ start: cursor, length });
        cursor += length;
      }
    }
    at = body + size;
  }
  return segments;
}

/** jieba's dictionary lines: "word frequency tag". */
const DICTIONARY_START = /^\S+ \d+ [a-z]+\n\S+ \d+ [a-z]+\n/;

/** Finds the embedded dictionary: the raw deflate stream near the start of the largest segment. */
export function findDictionaryStream(wasm: Uint8Array): DeflateStream {
  const segments = dataSegments(wasm);
  if (!segments.length) throw new Error('jieba.wasm has no data segments');
  const largest = segments.reduce((a, b) => (b.length > a.length ? b : a));
  const searchEnd = largest.start + Math.min(largest.length, 1 << 16);
  for (let start = largest.start; start < searchEnd; start++) {
    let head: Buffer;
    try {
      head = inflateRawSync(wasm.subarray(start, start + 4096), { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      continue;
    }
    if (!DICTIONARY_START.test(head.subarray(0, 200).toString('utf8'))) continue;
    const { buffer, engine } = inflateRawSync(wasm.subarray(start, largest.start + largest.length), { info: true }) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    return { start, length: engine.bytesWritten, text: buffer };
  }
  throw new Error('jieba.wasm: no embedded dictionary found (has jieba-wasm changed how it stores it?)');
}

export interface Repacked {
  wasm: Uint8Array;
  before: number;
  after: number;
}

/** The same module with its dictionary stream recompressed by Zopfli and the freed bytes zeroed. */
export async function repackJiebaWasm(wasm: Uint8Array): Promise<Repacked> {
  const stream = findDictionaryStream(wasm);
  const smaller = await deflateAsync(stream.text, { numiterations: ZOPFLI_ITERATIONS, blocksplitting: true });
  if (smaller.length >= stream.length) return { wasm, before: stream.length, after: stream.length };
  if (!Buffer.from(inflateRawSync(smaller)).equals(Buffer.from(stream.text))) throw new Error('Zopfli stream does not inflate to the dictionary');
  const out = Uint8Array.from(wasm);
  out.set(smaller, stream.start);
  out.fill(0, stream.start + smaller.length, stream.start + stream.length);
  return { wasm: out, before: stream.length, after: smaller.length };
}

/**
 * Path of the repacked copy of `source`, made once and kept under node_modules/.cache (keyed by
 * the source's hash), since Zopfli takes ~10 s and every build wants the file.
 */
export async function repackedJiebaWasmFile(source: string, cacheDir = 'node_modules/.cache/dianjing'): Promise<string> {
  const original = readFileSync(source);
  const key = createHash('sha256').update(original).update(`v${REPACK_VERSION}`).digest('hex').slice(0, 16);
  const target = join(cacheDir, `jieba-${key}.wasm`);
  if (existsSync(target)) return target;
  const { wasm } = await repackJiebaWasm(original);
  mkdirSync(dirname(target), { recursive: true });
  // written whole, then renamed: two builds at once never see half a file
  const partial = `${target}.${process.pid}.tmp`;
  writeFileSync(partial, wasm);
  renameSync(partial, target);
  return target;
}

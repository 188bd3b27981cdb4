import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import * as jiebaNode from 'jieba-wasm';
import * as jiebaWeb from 'jieba-wasm/web';
import { describe, expect, it } from 'vitest';
import { dataSegments, findDictionaryStream, repackedJiebaWasmFile } from '../../scripts/jieba-wasm-repack';

const SOURCE = 'node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm';

/** A module with one active data segment holding `bytes`. */
function moduleWithData(bytes: number[]): Uint8Array {
  const segment = [0x00, 0x41, 0x00, 0x0b, bytes.length, ...bytes]; // flags, i32.const 0, end, length
  const section = [0x01, ...segment]; // one segment
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 11, section.length, ...section]);
}

describe('jieba.wasm repacking', () => {
  it('reads data segments and refuses a module without the dictionary with a clear error', () => {
    const wasm = moduleWithData([1, 2, 3, 4, 5]);
    expect(dataSegments(wasm)).toEqual([{ start: 16, length: 5 }]);
    expect(() => findDictionaryStream(wasm)).toThrow(/no embedded dictionary/);
    expect(() => dataSegments(Uint8Array.from([1, 2, 3, 4]))).toThrow(/not a WebAssembly module/);
  });

  it('keeps the module byte for byte outside the dictionary, which inflates to the same words', async () => {
    const original = readFileSync(SOURCE);
    const repacked = readFileSync(await repackedJiebaWasmFile(SOURCE));
    expect(repacked.length).toBe(original.length);
    const before = findDictionaryStream(original);
    const after = findDictionaryStream(repacked);
    expect(after.start).toBe(before.start);
    expect(after.length).toBeLessThan(before.length * 0.9);
    expect(Buffer.from(after.text).equals(Buffer.from(before.text))).toBe(true);
    expect(repacked.subarray(0, before.start).equals(original.subarray(0, before.start))).toBe(true);
    const end = before.start + before.length;
    expect(repacked.subarray(end).equals(original.subarray(end))).toBe(true);
    expect(repacked.subarray(after.start + after.length, end).every((b) => b === 0)).toBe(true);
    expect(inflateRawSync(original.subarray(before.start, end)).length).toBe(before.text.length);
  }, 120_000);

  it('segments and tags exactly as the package does once loaded', async () => {
    jiebaWeb.initSync({ module: readFileSync(await repackedJiebaWasmFile(SOURCE)) });
    const text = '樟树市洲上乡铜江村通过“财园信贷通”发放贷款6.39亿元，惠及农户4000余户。南昌昌北国际机场冬航季航班计划';
    expect(jiebaWeb.tokenize(text, 'default', true)).toEqual(jiebaNode.tokenize(text, 'default', true));
    expect(jiebaWeb.tag(text, true)).toEqual(jiebaNode.tag(text, true));
    expect(jiebaWeb.cut('龟龄鹤算', false)).toEqual(['龟龄鹤算']); // the dictionary's last lines are in
  }, 120_000);
});

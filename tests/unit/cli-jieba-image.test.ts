// jieba's state image (cli/jieba-image.ts): a fresh jieba with the image put in answers exactly as one that
// built its own dictionary, and an image of another build is left unused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreJiebaImage, writeJiebaImage, type JiebaInstance } from '../../cli/jieba-image';

const require = createRequire(import.meta.url);
const resolved = require.resolve('jieba-wasm');
/** A new instance of jieba-wasm, its module loaded again: nothing built yet. */
const freshJieba = () => {
  delete require.cache[resolved];
  return require(resolved) as JiebaInstance;
};
const dir = mkdtempSync(join(tmpdir(), 'dianjing-jieba-image-'));
const image = join(dir, 'jieba.mem');
const fixtures = join(__dirname, '../fixtures');
const texts = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, f), 'utf8').slice(0, 3000));
const answers = (j: JiebaInstance) => texts.map((t) => JSON.stringify([j.cut(t, true), j.cut(t, false), j.tag(t, true), j.tokenize(t, 'default', true)]));

describe('jieba state image', () => {
  it('writes an image from which a fresh jieba answers exactly as one that built its dictionary', () => {
    expect(writeJiebaImage(freshJieba(), resolved, image)).toBeNull();
    const restored = freshJieba();
    expect(restoreJiebaImage(restored, resolved, image)).toBe(true);
    const mine = answers(restored);
    const built = answers(freshJieba());
    expect(texts.length).toBeGreaterThan(3);
    expect(mine).toEqual(built);
  });

  it('leaves an image of another jieba-wasm build unused, and jieba working', () => {
    const meta = JSON.parse(readFileSync(`${image}.json`, 'utf8'));
    const other = join(dir, 'other.mem');
    writeFileSync(other, readFileSync(image));
    writeFileSync(`${other}.json`, JSON.stringify({ ...meta, identity: `1${meta.identity}` }));
    const j = freshJieba();
    const memoryBefore = j.__wasm!.memory.buffer.byteLength;
    expect(restoreJiebaImage(j, resolved, other)).toBe(false);
    expect(j.__wasm!.memory.buffer.byteLength).toBe(memoryBefore);
    expect(j.cut('江西省樟树市', true).join('/')).toContain('樟树');
  });

  it('reports no image where there is none', () => {
    expect(restoreJiebaImage(freshJieba(), resolved, join(dir, 'missing.mem'))).toBe(false);
  });

  it('gives the command the same answer with the built image as without it', () => {
    const bin = join(__dirname, '../../bin/dianjing.mjs');
    expect(existsSync(join(__dirname, '../../dist/jieba.mem')), 'scripts/build-cli.mjs writes dist/jieba.mem').toBe(true);
    const run = (image: string) => spawnSync(process.execPath, [bin, 'extract', join(fixtures, 'epaper-jiangxi.txt')], { encoding: 'utf8', env: { ...process.env, DIANJING_JIEBA_IMAGE: image } });
    const withImage = run('1');
    const without = run('0');
    expect(withImage.status, withImage.stderr).toBe(0);
    expect(withImage.stdout).toContain('"facts"');
    expect(withImage.stdout).toBe(without.stdout);
  });
});

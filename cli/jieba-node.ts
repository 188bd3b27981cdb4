// Loads jieba-wasm once for the command line (Node reads the .wasm from the package). Required on call, not
// imported at the top: its module compiles the WebAssembly as it loads, which --help, a usage error and the
// main thread of --jobs N (whose workers do the segmenting) need not pay. Its dictionary comes from the image
// beside the bundle, dist/jieba.mem, when the build wrote one for this jieba-wasm (cli/jieba-image.ts); else
// jieba builds it on the first cut. DIANJING_JIEBA_IMAGE=0 leaves the image unused (scripts/bench-start.mjs
// measures both ways).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jiebaSegmenter, setSegmenter } from '../lib/text';
import { restoreJiebaImage, type JiebaInstance } from './jieba-image';

/** `from`: a file URL or path that node_modules is found from and the image beside (the bundle's). */
export function loadJieba(from: string): void {
  const require = createRequire(from);
  const resolved = require.resolve('jieba-wasm');
  let jieba = require(resolved) as JiebaInstance;
  if (process.env.DIANJING_JIEBA_IMAGE !== '0') {
    const image = join(dirname(from.startsWith('file:') ? fileURLToPath(from) : from), 'jieba.mem');
    try {
      restoreJiebaImage(jieba, resolved, image);
    } catch {
      // a read failed halfway through: this instance is spoilt, a fresh one builds its own dictionary
      delete require.cache[resolved];
      jieba = require(resolved) as JiebaInstance;
    }
  }
  setSegmenter(jiebaSegmenter(jieba as unknown as Parameters<typeof jiebaSegmenter>[0]));
}

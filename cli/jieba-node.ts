// Loads jieba-wasm once for the command line (Node reads the .wasm from the package). Required on call, not
// imported at the top: its module compiles the WebAssembly as it loads, which --help, a usage error and the
// main thread of --jobs N (whose workers do the segmenting) need not pay.
import { createRequire } from 'node:module';
import { jiebaSegmenter, setSegmenter } from '../lib/text';

/** `from`: a file URL or path that node_modules is found from (the bundle's, or the startup snapshot's). */
export function loadJieba(from: string): void {
  const jieba = createRequire(from)('jieba-wasm') as Parameters<typeof jiebaSegmenter>[0];
  setSegmenter(jiebaSegmenter(jieba));
}

// Writes jieba's state image (cli/jieba-image.ts) at build time: scripts/build-cli.mjs bundles this file and runs
// it in a fresh Node, so the image holds jieba as a start would find it plus the dictionary, nothing else.
//   node ENTRY IMAGE_PATH
import { createRequire } from 'node:module';
import { writeJiebaImage, type JiebaInstance } from './jieba-image';

const require = createRequire(import.meta.url);
const resolved = require.resolve('jieba-wasm');
const why = writeJiebaImage(require('jieba-wasm') as JiebaInstance, resolved, process.argv[2]);
if (why) {
  process.stderr.write(`${why}\n`);
  process.exitCode = 1;
}

// Loads jieba-wasm once for the command line (Node reads the .wasm from the package).
import * as jieba from 'jieba-wasm';
import { jiebaSegmenter, setSegmenter } from '../lib/text';

export function loadJieba(): void {
  setSegmenter(jiebaSegmenter(jieba));
}

// The engine run in Node on the very text the reader collected, to compare against what
// the page shows. Loads jieba like the command line does, as the extension does.
import * as jieba from 'jieba-wasm';
import { extract } from '../../lib/extract.ts';
import { jiebaSegmenter, setSegmenter } from '../../lib/segment.ts';

setSegmenter(jiebaSegmenter(jieba));

export function engineCounts(text, options = {}) {
  const counts = { place: 0, program: 0, figure: 0 };
  const result = extract(text, options);
  for (const a of result.articles) for (const e of a.entities) if (e.type in counts) counts[e.type]++;
  return { counts, result };
}

/** Entities per kind in a result the extension returned. */
export function resultCounts(result) {
  const counts = { place: 0, program: 0, figure: 0 };
  for (const a of result.articles) for (const e of a.entities) if (e.type in counts) counts[e.type]++;
  return counts;
}

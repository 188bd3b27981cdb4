// The engine run in Node on the very text the reader collected, to compare against what
// the page shows. Loads jieba like the command line does, as the extension does.
import * as jieba from 'jieba-wasm';
import { extract } from '../../lib/extract.ts';
import { jiebaSegmenter, setSegmenter } from '../../lib/text/index.ts';

setSegmenter(jiebaSegmenter(jieba));

export function engineCounts(text, options = {}) {
  const counts = { place: 0, program: 0, figure: 0 };
  const result = extract(text, options);
  for (const a of result.articles) for (const e of a.entities) if (e.type in counts) counts[e.type]++;
  return { counts, result };
}

/**
 * The engine in Node given what the reader gave it: the text together with the page reader's blocks,
 * metadata and kind (ReaderState.read), and the page's date as the reader takes it from that metadata.
 * Without them the engine would read the page's chrome as articles, which the reader no longer draws.
 * `options` (a lexicon, a date) are laid over them.
 */
export function engineOnRead({ text, read }, options = {}) {
  const date = read?.meta?.date;
  return engineCounts(text, { ...read, ...(date ? { date } : {}), ...options });
}

/** Entities per kind in a result the extension returned. */
export function resultCounts(result) {
  const counts = { place: 0, program: 0, figure: 0 };
  for (const a of result.articles) for (const e of a.entities) if (e.type in counts) counts[e.type]++;
  return counts;
}

/**
 * The heading hints for `text` from the page's headings in document order ({ text, level }): each is found
 * after the one before, as the reader's walk records them where their line starts.
 */
export function headingHints(text, headings) {
  const hints = [];
  let from = 0;
  for (const h of headings) {
    const at = text.indexOf(h.text, from);
    if (at < 0) continue;
    hints.push({ start: at, level: h.level });
    from = at + h.text.length;
  }
  return hints;
}

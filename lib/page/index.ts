// The one page reader: any standard DOM in (the live page, or one parsed from a file), the page's text with
// its blocks, their roles and the page's own metadata out; and how the engine turns those blocks into articles.
export { readPage, reading, type PageRead } from './read';
export type { WalkOptions } from './walk';
export { storyText } from './story-text';
export { planFromBlocks, settleChrome } from './block-articles';

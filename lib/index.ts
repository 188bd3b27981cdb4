export { extract, allEntities } from './extract';
export { setSegmenter, getSegmenter, jiebaSegmenter } from './segment';
export type * from './types';

export { extract, allEntities } from './extract';
export { setSegmenter, getSegmenter, jiebaSegmenter } from './text';
export type * from './types';

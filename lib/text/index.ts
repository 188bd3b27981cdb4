// Shared text tools: access to the segmenter, sentence and clause bounds, Traditional → Simplified,
// offset maps, numeral reading and the reading form the finders see.
export { getSegmenter, jiebaSegmenter, setSegmenter, type JiebaModule, type Segmenter, type TaggedToken, type Token } from './segment';
export { clauseEnd, clauseStart, sentenceAround } from './sentences';
export { toSimplified } from './traditional';
export { copyOffset } from './offset-map';
export { CN_DIGIT, magnitudeExponent, parseChinese, parseDigitString, parseMixed, scaleDecimal, toHalfWidth } from './numbers';
export { inputSpan, readingForm, readingOffset, type ReadingForm } from './reading-form';
export { DOUBLE_FAMILY_NAME_SET, SINGLE_FAMILY_NAME_SET } from './family-names';

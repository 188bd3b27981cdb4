// Places: gazetteer names, rule-made names (suffixes, rivers, sites) and their resolution to GB/T 2260.
// The loaders are exported so a benchmark can time the first load apart from the first read.
export { findPlaces } from './places';
export { loadGazetteer } from './gazetteer';
export { loadPlaceIndex } from './lexicon';

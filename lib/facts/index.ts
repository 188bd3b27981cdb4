// Facts: one per figure, with its subject, place, time and program.
export { buildFacts } from './facts';

import type { ProgramEntity, UserLexicon } from './types';

/** Finds program names (quoted, 《》 titles, unquoted proper names, defined short forms). */
export function findPrograms(_text: string, _lexicon?: UserLexicon): ProgramEntity[] {
  return [];
}

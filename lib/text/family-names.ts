// The family-name sets built once from the shared list (data/family-names.ts).
import { DOUBLE_FAMILY_NAMES, SINGLE_FAMILY_NAMES } from './data/family-names';

const words = (s: string) => s.split(/\s+/).filter(Boolean);
export const SINGLE_FAMILY_NAME_SET: ReadonlySet<string> = new Set(words(SINGLE_FAMILY_NAMES));
export const DOUBLE_FAMILY_NAME_SET: ReadonlySet<string> = new Set(words(DOUBLE_FAMILY_NAMES));

import type { TimeEntity } from './types';

/** Finds dates, years, months and periods; relative ones resolve against refDate (ISO) when given. */
export function findTimes(_text: string, _refDate?: string): TimeEntity[] {
  return [];
}

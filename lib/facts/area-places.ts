// An area named by a place and a plan (长江经济带) is found as a program, and the place in it (长江, a river) is
// no place a figure is counted in. For facts the area is the place: each mention becomes a place of its own
// (level region), and the place inside it is dropped, so a story about 长江经济带 gives its figures that area.
import { AREA_WORDS } from './data/area-words';
import type { PlaceEntity, ProgramEntity } from '../types';

const AREA_END = new RegExp(`(?:${AREA_WORDS.join('|')})$`);

/** The programs that name an area: they start with a place and end with an area word. */
export function areaPrograms(text: string, programs: ProgramEntity[], places: PlaceEntity[]): ProgramEntity[] {
  return programs.filter((g) => AREA_END.test(text.slice(g.start, g.end)) && places.some((p) => p.start === g.start && p.end < g.end));
}

/** The places with each area program put in for the places inside it, in text order. */
export function withAreas(text: string, places: PlaceEntity[], areas: ProgramEntity[]): PlaceEntity[] {
  if (!areas.length) return places;
  const kept = places.filter((p) => !areas.some((g) => g.start <= p.start && p.end <= g.end));
  const made = areas.map((g): PlaceEntity => {
    const name = text.slice(g.start, g.end);
    return { type: 'place', text: name, start: g.start, end: g.end, name, level: 'region', rule: 'area' };
  });
  return [...kept, ...made].sort((a, b) => a.start - b.start);
}

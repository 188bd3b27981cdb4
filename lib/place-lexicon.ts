// One name index over everything that can be a place: the gazetteer's unit names and the hand
// lexicons (abroad, regions, waters and mountains). Built once, looked up by first character + length.
import { loadGazetteer, type Gazetteer, type NameRef } from './gazetteer';
import { CHINA_REGIONS, CHINA_WATERS_AND_MOUNTAINS, CITY_ALIASES } from './place-china';
import { COUNTRIES, REGIONS, WORLD_CITIES, WORLD_WATERS_AND_MOUNTAINS } from './place-world';

/** A lexicon place outside the administrative tree. */
export interface LexPlace {
  level: 'foreign' | 'region' | 'site';
  rule: string;
}

export interface NameEntry {
  units: NameRef[];
  lex?: LexPlace;
}

export interface PlaceIndex {
  gazetteer: Gazetteer;
  names: Map<string, NameEntry>;
  lengthsByFirst: Map<string, number[]>;
  maxLength: number;
}

function addLengths(lengthsByFirst: Map<string, number[]>, name: string): void {
  const lens = lengthsByFirst.get(name[0]);
  if (!lens) lengthsByFirst.set(name[0], [name.length]);
  else if (!lens.includes(name.length)) {
    lens.push(name.length);
    lens.sort((a, b) => b - a);
  }
}

let cached: PlaceIndex | null = null;

export function loadPlaceIndex(): PlaceIndex {
  if (cached) return cached;
  const gazetteer = loadGazetteer();
  const names = new Map<string, NameEntry>();
  for (const [name, units] of gazetteer.byName) names.set(name, { units });
  const lexicons: [string[], LexPlace][] = [
    [COUNTRIES, { level: 'foreign', rule: 'foreign lexicon: country' }],
    [REGIONS, { level: 'foreign', rule: 'foreign lexicon: world region' }],
    [WORLD_CITIES, { level: 'foreign', rule: 'foreign lexicon: city' }],
    [WORLD_WATERS_AND_MOUNTAINS, { level: 'site', rule: 'lexicon: sea, river or mountain abroad' }],
    [CHINA_REGIONS, { level: 'region', rule: 'lexicon: region of China' }],
    [CITY_ALIASES, { level: 'region', rule: 'lexicon: city nickname' }],
    [CHINA_WATERS_AND_MOUNTAINS, { level: 'site', rule: 'lexicon: river, lake, mountain or site' }],
  ];
  for (const [list, lex] of lexicons) {
    for (const name of list) {
      const entry = names.get(name);
      if (entry) entry.lex ??= lex;
      else names.set(name, { units: [], lex });
    }
  }
  const lengthsByFirst = new Map<string, number[]>();
  let maxLength = 0;
  for (const name of names.keys()) {
    addLengths(lengthsByFirst, name);
    maxLength = Math.max(maxLength, name.length);
  }
  cached = { gazetteer, names, lengthsByFirst, maxLength };
  return cached;
}

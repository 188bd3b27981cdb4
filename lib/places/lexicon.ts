// One name index over everything that can be a place: the gazetteer's unit names and the hand
// lexicons (abroad, regions, waters and mountains). Built once, looked up by first character + length.
import { loadGazetteer, type Gazetteer, type NameRef } from './gazetteer';
import { CHINA_REGIONS, CHINA_WATERS_AND_MOUNTAINS, CITY_ALIASES } from './data/china';
import { COUNTRIES, REGIONS, WORLD_CITIES, WORLD_WATERS_AND_MOUNTAINS } from './data/world';

/** A lexicon place outside the administrative tree. */
export interface LexPlace {
  level: 'country' | 'foreign' | 'region' | 'site';
  rule: string;
}

export interface NameEntry {
  units: NameRef[];
  lex?: LexPlace;
}

export interface PlaceIndex {
  gazetteer: Gazetteer;
  names: Map<string, NameEntry>;
  /** The first two characters' codes (c0 * 65536 + c1) → lengths of names starting so, longest first. */
  lengthsByPair: Map<number, number[]>;
  maxLength: number;
}

export const pairKey = (text: string, i: number) => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);

function addLengths(lengthsByPair: Map<number, number[]>, name: string): void {
  const key = pairKey(name, 0);
  const lens = lengthsByPair.get(key);
  if (!lens) lengthsByPair.set(key, [name.length]);
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
    [['中国', '中华人民共和国'], { level: 'country', rule: 'lexicon: China' }],
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
  const lengthsByPair = new Map<number, number[]>();
  let maxLength = 0;
  for (const name of names.keys()) {
    if (name.length < 2) continue;
    addLengths(lengthsByPair, name);
    maxLength = Math.max(maxLength, name.length);
  }
  cached = { gazetteer, names, lengthsByPair, maxLength };
  return cached;
}

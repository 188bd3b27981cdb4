// What the site rules (sites.ts, tagged-sites.ts, roads.ts) share: how a site hit is made, the segmenter's tag of a
// word, and the scan's state (hits found so far, hits a site took in, sites made).
import type { Boundaries } from './boundaries';
import type { PlaceIndex } from './lexicon';
import type { Hit } from './places';
import { getSegmenter } from '../text';

export const CJK = /^[\u4e00-\u9fff]+$/;

export const makeSite = (start: number, end: number, rule: string): Hit => ({ start, end, units: [], kind: 'rule', level: 'site', rule });

/** The segmenter reads this word as one token with one of these tags. */
export function taggedAs(word: string, tags: RegExp): boolean {
  const t = getSegmenter()?.tag?.(word);
  return t?.length === 1 && tags.test(t[0].tag);
}

/** One pass of the site rules over a text. */
export class SiteScan {
  /** Hits a site took in: gone from the result. */
  readonly taken = new Set<Hit>();
  readonly sites: Hit[] = [];

  constructor(
    readonly text: string,
    readonly hits: Hit[],
    readonly b: Boundaries | null,
    readonly index: PlaceIndex,
  ) {}

  /** Hits overlapping [s, e). */
  inside(s: number, e: number): Hit[] {
    return this.hits.filter((h) => h.start < e && s < h.end);
  }

  /** A site already made overlaps [s, e). */
  covered(s: number, e: number): boolean {
    return this.sites.some((x) => x.start < e && s < x.end);
  }

  /** A hit no site took in overlaps [s, e). */
  held(s: number, e: number): boolean {
    return this.hits.some((h) => !this.taken.has(h) && h.start < e && s < h.end);
  }

  /** The hits left and the sites made, in text order. */
  result(): Hit[] {
    return [...this.hits.filter((h) => !this.taken.has(h)), ...this.sites].sort((x, y) => x.start - y.start);
  }
}

// What the popup lists for a page, from the kind of page the reader saw: one story's article,
// each story of a many-story page, or, for a page that is no story, what was found by section
// (no fact table there: its figures belong to no story).
import type { ArticleResult, Entity } from '../lib/types';
import { oneLine } from './describe';
import type { PageResult } from './messages';

/** A place, program or figure named in an article or section, with its first mention and how many there are. */
export interface Chip {
  label: string;
  start: number;
  end: number;
  n: number;
}

export interface Found {
  places: Chip[];
  programs: Chip[];
  figures: Chip[];
}

export interface Section extends Found {
  index: number;
  title?: string;
}

export type PopupView =
  /** 'story' (one article), 'stories' (each story an article) or undefined (plain text, no page reader ran). */
  | { show: 'articles'; kind: 'story' | 'stories' | undefined; articles: ArticleResult[] }
  | { show: 'sections'; sections: Section[] };

export function popupView(result: PageResult): PopupView {
  if (result.kind === 'no-story')
    return {
      show: 'sections',
      sections: result.articles.map((a) => ({ index: a.index, title: a.headline ? oneLine(a.headline.text) : undefined, ...found(a.entities) })),
    };
  return { show: 'articles', kind: result.kind, articles: result.articles };
}

/** Places by their resolved name, programs by name, figures by their words; each once, counted, in order of first mention. */
export function found(entities: readonly Entity[]): Found {
  const maps = { place: new Map<string, Chip>(), program: new Map<string, Chip>(), figure: new Map<string, Chip>() };
  for (const e of entities) {
    if (e.type === 'time') continue;
    const label = e.type === 'place' ? e.name ?? oneLine(e.text) : e.type === 'program' ? e.name : oneLine(e.text);
    const map = maps[e.type];
    const seen = map.get(label);
    if (seen) seen.n++;
    else map.set(label, { label, start: e.start, end: e.end, n: 1 });
  }
  return { places: [...maps.place.values()], programs: [...maps.program.values()], figures: [...maps.figure.values()] };
}

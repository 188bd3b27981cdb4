// The place a figure's sentence is about. News names its subject first and the scene after a preposition
// (婺源县在上海举办…), refers back with 该县 / 全市 (2022年，该市…带动1.5万户农民增收 → 樟树市), and lists
// destinations (至北京、上海等12条航线) and quotes names (“中国最美乡村”) that the figure does not belong to.
import type { FigureEntity, PlaceEntity, ProgramEntity, Span } from '../types';

/** 该县, 全市, 本镇 …: a reference back to the last place of that level. */
const ANAPHOR = /(?:该|全|本|这个)(省|市|县|区|镇|乡|村|街道|社区)/g;
/** Words that make the place after them a scene or destination, not the subject. */
const SCENE_BEFORE = /(?:在|于|到|赴|往|至|从|向|来自|位于|发往|销往|走进|来到|前往|落户)$/;

interface Candidate {
  place: PlaceEntity;
  /** Where the mention stands in the sentence (the anaphor's own offset for a resolved 该县). */
  at: number;
  scene: boolean;
}

/**
 * The place for a figure, looked for in its sentence [lo, hi): the nearest subject before the figure (a place or a
 * resolved 该县), else the nearest mention before it, else after it; undefined when the sentence names none.
 */
export function sentencePlace(text: string, figure: FigureEntity, lo: number, hi: number, places: PlaceEntity[], programs: ProgramEntity[], articleStart: number): PlaceEntity | undefined {
  const candidates: Candidate[] = [];
  for (const p of places) {
    if (p.start < lo || p.end > hi || insideName(text, p, programs, lo)) continue;
    candidates.push({ place: p, at: p.start, scene: isScene(text, p.start, lo) || inList(text, p) });
  }
  const clause = text.slice(lo, figure.start);
  // most clauses refer back with none of these: skip the pattern for them
  if (/[该全本个]/.test(clause)) {
    ANAPHOR.lastIndex = 0;
    let resolved = false;
    for (let m = ANAPHOR.exec(clause); m; m = ANAPHOR.exec(clause)) {
      const at = lo + m.index;
      const meant = lastOfLevel(places, m[1], at, articleStart);
      if (meant) {
        candidates.push({ place: meant, at, scene: isScene(text, at, lo) });
        resolved = true;
      }
    }
    if (resolved) candidates.sort((a, b) => a.at - b.at);
  }
  const before = candidates.filter((c) => c.at < figure.start);
  const subject = before.filter((c) => !c.scene).pop();
  if (subject) return subject.place;
  if (before.length) return before[before.length - 1].place;
  return candidates.find((c) => c.at >= figure.end && !c.scene)?.place ?? candidates.find((c) => c.at >= figure.end)?.place;
}

/** The last place before pos (within the article) named at this level: 县 → 南丰县, 镇 → 葛源镇. */
function lastOfLevel(places: PlaceEntity[], level: string, pos: number, articleStart: number): PlaceEntity | undefined {
  let found: PlaceEntity | undefined;
  for (const p of places) {
    if (p.start < articleStart || p.end > pos) continue;
    if (p.text.endsWith(level) || p.name?.endsWith(level)) found = p;
  }
  return found;
}

const isScene = (text: string, at: number, lo: number) => SCENE_BEFORE.test(text.slice(Math.max(lo, at - 4), at));

/** A place listed with others (至北京、上海、海口等12条航线): an example or destination. */
export function inList(text: string, p: Span): boolean {
  return /[、和及与]/.test(text[p.start - 1] ?? '') || /^(?:[、和及与]|等)/.test(text.slice(p.end, p.end + 1));
}

/** A place inside a program's name or a quotation (《抚州市…方案》, “中国最美乡村”) is not what the sentence is about. */
function insideName(text: string, p: PlaceEntity, programs: ProgramEntity[], lo: number): boolean {
  for (const g of programs) if (g.start <= p.start && p.end <= g.end) return true;
  // the last opening mark before the place, with no closing mark after it
  for (let k = p.start - 1; k >= lo; k--) {
    const c = text[k];
    if (c === '”' || c === '》') return false;
    if (c === '“' || c === '《') return true;
  }
  return false;
}

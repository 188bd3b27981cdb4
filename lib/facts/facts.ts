// One fact per figure: what it measures, where, when, under which program, and its sentence.
import { areaPrograms, withAreas } from './area-places';
import { mainPlace } from './main-place';
import { pairListedPlaces, paragraphPlace, sentencePlace, speakerPlace } from './place';
import { clauseEnd, clauseStart, sentenceAround } from '../text';
import { inheritSubjects } from './inherit';
import { subjectOf, tagSentence } from './subject';
import { factTime, paragraphStartOf } from './time';
import type { Article, Entity, Fact, FigureEntity, PlaceEntity, ProgramEntity, Span } from '../types';

type Typed<T extends Entity['type']> = Extract<Entity, { type: T }>;
const ofType = <T extends Entity['type']>(entities: Entity[], type: T) => entities.filter((e): e is Typed<T> => e.type === type);

export { mainPlace };

export function buildFacts(text: string, article: Article, entities: Entity[]): Fact[] {
  const figures = ofType(entities, 'figure');
  if (!figures.length) return [];
  const times = ofType(entities, 'time');
  const programs = ofType(entities, 'program');
  // an area named as a plan (长江经济带) is a place for facts; a place inside another program's name is not
  const areas = areaPrograms(text, programs, ofType(entities, 'place'));
  const places = withAreas(text, ofType(entities, 'place'), areas);
  const namingPrograms = areas.length ? programs.filter((g) => !areas.includes(g)) : programs;
  const articlePlace = mainPlace(article, places, text);
  // a sentence is tagged once for all its figures
  let tagged: { start: number; tokens: ReturnType<typeof tagSentence> } | undefined;
  // (the place inside an area's name blocks a subject as before: 长江经济带地区生产总值 keeps its words)
  const others: Span[] = [...ofType(entities, 'place'), ...times];
  const facts = figures.map((figure, k) => {
    const s = sentenceOf(text, article, figure);
    if (tagged?.start !== s.start) tagged = { start: s.start, tokens: tagSentence(text, s.start, s.end) };
    // the subject stands in the figure's clause, never across the figures beside it
    const lo = Math.max(clauseStart(text, figure.start, s.start), k > 0 ? figures[k - 1].end : 0);
    const hi = Math.min(clauseEnd(text, figure.end, s.end), k + 1 < figures.length ? figures[k + 1].start : Infinity);
    const fact: Fact = {
      article: article.index,
      figure,
      sentence: { ...s, text: text.slice(s.start, s.end) },
    };
    const subject = subjectOf({ text, tokens: tagged.tokens, figure, lo, hi, floor: k > 0 ? figures[k - 1].end : 0, blocked: others });
    if (subject) fact.subject = subject;
    const paragraphStart = paragraphStartOf(text, s.start, bodyStart(article));
    const named = sentencePlace(text, figure, s.start, s.end, places, namingPrograms, article.start, articlePlace);
    const place: PlaceEntity | undefined =
      named ?? speakerPlace(text, s, article.end, places, namingPrograms) ?? paragraphPlace(text, paragraphStart, s.start, places, namingPrograms, articlePlace) ?? articlePlace;
    if (place) {
      fact.place = place;
      fact.placeFrom = named ? 'sentence' : 'article';
    }
    const time = factTime(text, figure, s, paragraphStart, times);
    if (time) {
      fact.time = time.time;
      fact.timeFrom = time.from;
    }
    const program: ProgramEntity | undefined = lastBefore(programs, figure.start, s.start);
    if (program) fact.program = program;
    return fact;
  });
  inheritSubjects(text, facts);
  pairListedPlaces(text, facts, places, articlePlace);
  for (const f of facts) if (!f.subject) delete f.subject;
  return facts;
}

/** The figure's sentence; a headline, sub-headline or byline is a sentence of its own. */
function sentenceOf(text: string, article: Article, figure: FigureEntity): Span {
  let lo = article.start;
  let hi = article.end;
  for (const part of [article.headline, article.subheadline, article.byline]) {
    if (!part) continue;
    if (part.start <= figure.start && figure.end <= part.end) return { start: part.start, end: part.end };
    if (part.end <= figure.start) lo = Math.max(lo, part.end);
    else if (part.start >= figure.end) hi = Math.min(hi, part.start);
  }
  return sentenceAround(text, figure.start, figure.end, lo, hi);
}

/** Where an article's running text starts: after its headline, sub-headline and byline. */
function bodyStart(article: Article): number {
  let lo = article.start;
  for (const part of [article.headline, article.subheadline, article.byline]) if (part && part.end > lo) lo = part.end;
  return lo;
}

/** The last entity ending before pos and starting at or after lo. */
function lastBefore<E extends Entity>(list: E[], pos: number, lo: number): E | undefined {
  let found: E | undefined;
  for (const e of list) if (e.start >= lo && e.end <= pos) found = e;
  return found;
}

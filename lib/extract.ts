import { splitArticles } from './articles';
import { planFromBlocks, settleChrome } from './page';
import { buildFacts } from './facts';
import { findFigures } from './figures';
import { findPlaces } from './places';
import { findPrograms } from './programs';
import { findTimes } from './times';
import { inputSpan, type ReadingForm, readingForm, readingOffset, toSimplified } from './text';
import type { Article, ArticleResult, Entity, ExtractOptions, ExtractResult, Fact, Span } from './types';

const byStart = (a: Entity, b: Entity) => a.start - b.start || b.end - a.end;

/** Reads a page of text: its articles and, per article, its entities and facts. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  // a page reader's blocks say where the stories are: chrome is read for its entities only
  const plan = planFromBlocks(text, options);
  if (plan) {
    const { articles, chrome } = settleChrome(readArticles(text, plan.articles, options), plan.chromeInside);
    return { text, articles, kind: options.kind ?? 'story', chrome };
  }
  // articles are told apart in Simplified form too (本報訊 is 本报讯); readArticles gives back the input's spelling
  const articles = readArticles(text, splitArticles(toSimplified(text), options.headings), options);
  return options.kind ? { text, articles, kind: options.kind } : { text, articles };
}

/**
 * Runs the finders over the stretch of text the given articles cover and sorts the entities into them.
 * Offsets stay those of `text`; the articles must be in order. The finders read the stretch's reading form
 * (Simplified characters, no invisible marks); every offset and `text` field given back is the input's own.
 */
export function readArticles(text: string, articles: Article[], options: ExtractOptions = {}): ArticleResult[] {
  if (!articles.length) return [];
  // an article's record table stands before its start and is read with it (see Article.recordTable)
  const readFrom = (a: Article) => a.recordTable?.start ?? a.start;
  const from = readFrom(articles[0]);
  const to = articles[articles.length - 1].end;
  const original = from === 0 && to === text.length ? text : text.slice(from, to);
  const form = readingForm(original);
  const piece = form.text;
  const changed = piece !== original;
  // the finders and facts work on offsets into piece; everything is brought back at the end
  const local = articles.map((a) => (from || changed ? toReading(a, from, form) : a));
  const programs = findPrograms(piece, options.lexicon);
  const entities: Entity[] = [
    ...findPlaces(piece, local, options.lexicon),
    ...programs,
    ...outsideNames(findFigures(piece), programs),
    ...findTimes(piece, options.date),
  ];
  entities.sort(byStart);

  const results: ArticleResult[] = [];
  let k = 0;
  for (let i = 0; i < articles.length; i++) {
    const article = local[i];
    while (k < entities.length && entities[k].start < readFrom(article)) k++;
    const own: Entity[] = [];
    while (k < entities.length && entities[k].start < article.end) own.push(entities[k++]);
    const facts = buildFacts(piece, article, own);
    if (changed) restoreFacts(facts, form, original);
    results.push({ ...(changed ? restoreHead(articles[i], text) : articles[i]), entities: own, facts });
  }
  // a fact's place may be made for a reference (全市 → 樟树市) and belong to no entity list: it moves with them
  const own = new Set<Entity>(entities);
  const moved = [...entities, ...results.flatMap((r) => r.facts.flatMap((f) => (f.place && !own.has(f.place) ? [f.place] : [])))];
  if (changed) restoreEntities(moved, form, original);
  // facts hold the same entity objects, so moving them in place moves the facts' too
  if (from) {
    for (const e of moved) {
      e.start += from;
      e.end += from;
    }
    for (const r of results) for (const f of r.facts) f.sentence = { ...f.sentence, start: f.sentence.start + from, end: f.sentence.end + from };
  }
  return results;
}

/** A number inside a program's name is no figure: 三年行动方案, 长江十年禁渔. */
function outsideNames<E extends Span>(figures: E[], programs: Span[]): E[] {
  if (!programs.length) return figures;
  // both lists walk forward once: programs never overlap one another
  const names = [...programs].sort((a, b) => a.start - b.start);
  const inOrder = [...figures].sort((a, b) => a.start - b.start);
  let k = 0;
  return inOrder.filter((f) => {
    while (k < names.length && names[k].end <= f.start) k++;
    return !(k < names.length && names[k].start <= f.start && f.end <= names[k].end);
  });
}

/** The article in offsets of the reading form of text[from…], its dateline place in Simplified form. */
function toReading(a: Article, from: number, form: ReadingForm): Article {
  const at = (offset: number) => readingOffset(form, offset - from);
  const move = <S extends Span>(s: S | undefined) => (s ? { ...s, start: at(s.start), end: at(s.end) } : s);
  const moved: Article = { ...a, start: at(a.start), end: at(a.end), headline: move(a.headline), subheadline: move(a.subheadline), byline: move(a.byline), recordTable: move(a.recordTable) };
  if (a.datelinePlace) moved.datelinePlace = toSimplified(a.datelinePlace);
  return moved;
}

/** Entity spans and texts (and program names) as the input has them; only texts that are exact slices are replaced. */
function restoreEntities(entities: Entity[], form: ReadingForm, original: string) {
  const names = new Map<string, string>();
  for (const e of entities) {
    const read = form.text.slice(e.start, e.end);
    const span = inputSpan(form, e.start, e.end);
    e.start = span.start;
    e.end = span.end;
    if (e.text !== read) continue;
    e.text = original.slice(span.start, span.end);
    if (e.type === 'program' && !names.has(e.name)) names.set(e.name, e.name === read ? e.text : e.name);
  }
  for (const e of entities) if (e.type === 'program') e.name = names.get(e.name) ?? e.name;
}

function restoreFacts(facts: Fact[], form: ReadingForm, original: string) {
  for (const f of facts) {
    const s = f.sentence;
    if (f.subject) {
      const at = form.text.indexOf(f.subject, s.start);
      if (at >= 0 && at + f.subject.length <= s.end) {
        const span = inputSpan(form, at, at + f.subject.length);
        f.subject = original.slice(span.start, span.end);
      }
    }
    const span = inputSpan(form, s.start, s.end);
    f.sentence = { ...s, ...span, text: original.slice(span.start, span.end) };
  }
}

/** Head lines, byline and dateline place of an article as the input spells them. */
function restoreHead(a: Article, text: string): Article {
  // a span whose text is its exact slice (any other was shaped on purpose and stays)
  const own = <S extends Span & { text: string }>(s: S | undefined) =>
    s && s.text.length === s.end - s.start ? { ...s, text: text.slice(s.start, s.end) } : s;
  const out: Article = { ...a };
  if (a.headline) out.headline = own(a.headline);
  if (a.subheadline) out.subheadline = own(a.subheadline);
  if (a.byline) out.byline = own(a.byline);
  if (a.datelinePlace && a.byline) {
    const at = toSimplified(a.byline.text).indexOf(toSimplified(a.datelinePlace));
    if (at >= 0) out.datelinePlace = text.slice(a.byline.start + at, a.byline.start + at + a.datelinePlace.length);
  }
  return out;
}

/** Every entity of the page, in text order. */
export function allEntities(result: ExtractResult): Entity[] {
  return result.articles.flatMap((a) => a.entities);
}

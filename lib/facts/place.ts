// The place a figure's sentence is about. News names its subject first and the scene after a preposition
// (婺源县在上海举办…), refers back with 该县 / 全市 (2022年，该市…带动1.5万户农民增收 → 樟树市), and lists
// destinations (至北京、上海等12条航线) and quotes names (“中国最美乡村”) that the figure does not belong to.
import { clauseEnd, sentenceAround } from '../text';
import type { Fact, FigureEntity, PlaceEntity, ProgramEntity, Span } from '../types';
import { isOrganization, REFERENCE, resolveReference } from './main-place';
import { REGION_PROVINCES } from './data/regions';

/** Verbs of selling and sending: the places after them in their clause are destinations. */
const DESTINATION = /(?:远销|销往|销售到|卖到|发往|运往|出口到|出口至|辐射)/;
const clauseStartOf = (text: string, at: number, lo: number) => {
  let k = at;
  while (k > lo && !/[，。；！？,;]/.test(text[k - 1])) k--;
  return k;
};

/** Words that make the place after them a scene or destination, not the subject. */
// (a place after 是 says what the one before it is: 邛崃市是成都市所辖县级市 is about 邛崃市)
const SCENE_BEFORE = /(?:在|于|到|赴|往|至|从|向|来自|位于|发往|销往|走进|来到|前往|落户|是)$/;

interface Candidate {
  place: PlaceEntity;
  /** Where the mention stands in the sentence (the reference's own offset for a resolved 该县). */
  at: number;
  scene: boolean;
}

/**
 * The place for a figure, looked for in its sentence [lo, hi): the nearest subject before the figure (a place or a
 * resolved reference: 该县, 全市, 我国), else the nearest mention before it, else one after it in its own clause;
 * undefined when the sentence names none. A place in an organization's name (赣州银行) is none.
 */
export function sentencePlace(text: string, figure: FigureEntity, lo: number, hi: number, places: PlaceEntity[], programs: ProgramEntity[], articleStart: number, main?: PlaceEntity): PlaceEntity | undefined {
  let candidates: Candidate[] = [];
  for (const p of places) {
    if (p.start < lo || p.end > hi || insideName(text, p, programs, lo) || isOrganization(text, p)) continue;
    // where goods are sold or sent to (远销上海、杭州、福州等地) is never where they were counted
    const clauseLead = text.slice(clauseStartOf(text, p.start, lo), p.start);
    if (DESTINATION.test(clauseLead)) continue;
    // a clause naming the source (据中国地震台网测定, 根据…目录) says who counted, not where
    if (SOURCE.test(clauseLead)) continue;
    // places listed in another clause, or after the figure, are members or examples (村庄有谢依提村、西里比里村…),
    // not where the figure is counted
    // (a list written with 、: 美国与北约盟国磋商 and 酒泉等地举办 name who acted)
    const enumerated = text[p.start - 1] === '、' || text[p.end] === '、';
    if (enumerated && (p.start >= figure.end || !sameClause(text, p.start, figure.start))) continue;
    candidates.push({ place: p, at: p.start, scene: isScene(text, p.start, lo) || inList(text, p) });
  }
  // places written together name one place, the last the most specific (在浙江宁波舟山港 → 宁波舟山港)
  for (let k = candidates.length - 2; k >= 0; k--) {
    const next = candidates[k + 1];
    if (candidates[k].place.end === next.place.start) {
      next.scene ||= candidates[k].scene;
      next.at = candidates[k].at;
      candidates.splice(k, 1);
    }
  }
  // most sentences refer back with none of these: skip the pattern for them
  const sentence = text.slice(lo, hi);
  if (/[该全本个我里当]/.test(sentence)) {
    let resolved = false;
    for (const m of sentence.matchAll(REFERENCE)) {
      const at = lo + (m.index ?? 0);
      if (candidates.some((c) => c.at <= at && at < c.place.end)) continue;
      const level = m[1] ?? m[2] ?? '';
      // a place of the reference's level named before it in its own sentence is the one meant (宜春市将力争…全市;
      // 在洋湖乡，当地村民…): the sentence's own mention stands
      // (a level reference only within its clause: 宜春市农业农村局介绍，2022年，全市… is still the article's 全市)
      const clauseLo = clauseStartOf(text, at, lo);
      if (candidates.some((c) => c.at < at && (!level || (c.at >= clauseLo && (c.place.name ?? c.place.text).endsWith(level))))) continue;
      const meant = resolveReference(m[0], level, at, main, places, articleStart, text);
      if (meant) {
        candidates.push({ place: meant, at, scene: isScene(text, at, lo) });
        resolved = true;
      }
    }
    if (resolved) candidates.sort((a, b) => a.at - b.at);
  }
  // the whole a share is taken of (占全国的51%, 分布有全国约42.8%的…) is the base, not where the figure is counted,
  // unless the sentence names no other place
  const own = candidates.filter((c) => !isShareBase(text, c.at, c.place.end));
  if (own.length) candidates = own;
  // a place right before its figure is the figure's own, listed or not (昆明市3家、楚雄彝族自治州3家)
  const adjacent = candidates.find((c) => c.at < figure.start && /^(?:各有|共有|有|共|达|各)?$/.test(text.slice(c.place.end, figure.start)) && c.place.start === c.at);
  if (adjacent) return adjacent.place;
  const before = candidates.filter((c) => c.at < figure.start);
  const subject = before.filter((c) => !c.scene).pop();
  if (subject) return subject.place;
  if (before.length) return before[before.length - 1].place;
  // after the figure, only its own clause speaks of it (…下降12%左右，长江干流九江段水质…)
  const clauseHi = clauseEnd(text, figure.end, hi);
  const after = candidates.filter((c) => c.at >= figure.end && c.at < clauseHi);
  return after.find((c) => !c.scene)?.place ?? after[0]?.place;
}

/**
 * Whether the place at [at, end) is the whole a share is of: after 占 in a clause that gives a share (占全国的51%,
 * not 法国占了越南), or a whole-unit reference right before a percentage (全国约42.8%的…; a named place there owns
 * what is shared: 将延安东路隧道50%的股权转让).
 */
function isShareBase(text: string, at: number, end: number): boolean {
  if (/(?:占|占到|占了|占据)$/.test(text.slice(Math.max(0, at - 2), at))) return SHARE.test(text.slice(end, clauseEnd(text, end, text.length)));
  return /^全[国省市县区]$/.test(text.slice(at, end)) && /^(?:约|近|超|超过|逾)?[0-9０-９.．]+[%％]/.test(text.slice(end, end + 12));
}
const SHARE = /[%％]|比重|比例|份额|[一二三四五六七八九]成/;

/** A clause opening with these names a source. */
const SOURCE = /^(?:据|根据|依据)/;
/** Whether a and b (a before b) stand in one clause. */
const sameClause = (text: string, a: number, b: number) => !/[，。；！？,;]/.test(text.slice(a, b));

/** Words that end a speaker's attribution after a quotation (“…。”佐龙乡种植大户李金根说。). */
const SAID = /(?:说|表示|介绍|坦言|告诉记者|感慨|算起了账)[。！!]?\s*$/;

/** A quotation names no place but its speaker's does: the place in the attribution right after it. */
export function speakerPlace(text: string, s: Span, hi: number, places: PlaceEntity[], programs: ProgramEntity[]): PlaceEntity | undefined {
  if (!/^[“"「]/.test(text.slice(s.start, s.start + 1)) || !/[”"」]$/.test(text.slice(s.start, s.end).trimEnd())) return undefined;
  const next = sentenceAround(text, s.end, s.end, s.end, hi);
  if (!SAID.test(text.slice(next.start, next.end))) return undefined;
  const named = places.filter((p) => p.start >= next.start && p.end <= next.end && !insideName(text, p, programs, next.start) && !isOrganization(text, p));
  // the most specific of places written together (市山镇包坊村 → 包坊村)
  let k = 0;
  while (k + 1 < named.length && named[k + 1].start === named[k].end) k++;
  return named[k];
}

/** With no place in its sentence, a figure is of the place its paragraph went to last (在贡江镇长征源社区，…), inside the article's. */
export function paragraphPlace(text: string, paragraphStart: number, sentenceStart: number, places: PlaceEntity[], programs: ProgramEntity[], main: PlaceEntity | undefined): PlaceEntity | undefined {
  // an article about the whole country (中国, 我国) moves from city to city: a paragraph about 邛崃市 or a named
  // bridge speaks of it, not of China
  // (so does an article about a great region or a plan's area, 长江经济带, among its provinces' cities)
  const provinces = main?.level === 'region' ? REGION_PROVINCES[(main.name ?? main.text).replace(/地区$/, '')] : undefined;
  const national = !!main && (main.level === 'country' || (main.name ?? main.text) === '中国');
  if (!national && !provinces && !main?.code && !main?.chain) return undefined;
  let found: PlaceEntity | undefined;
  for (const p of places) {
    if (p.start < paragraphStart || p.end > sentenceStart) continue;
    if (insideName(text, p, programs, paragraphStart) || isOrganization(text, p) || inList(text, p)) continue;
    // 邛崃市是成都市所辖县级市: the place after 是 only says what 邛崃市 is
    if (found && text[p.start - 1] === '是') continue;
    if (national) {
      // a place passed through or gone to (经广西钦州港通达…, 发往上海) is no place the paragraph is about
      if (PASSED.test(text.slice(Math.max(paragraphStart, p.start - 5), p.start))) continue;
      // a unit of China with its code chain, or a named site (a bridge, a highway) of the paragraph
      if (p !== main && ((p.chain?.length && /^\d/.test(p.code ?? p.chain[0].code ?? '')) || (p.level === 'site' && !/[江河湖海山]$/.test(p.name ?? p.text)))) found = p;
      continue;
    }
    if (provinces) {
      if (PASSED.test(text.slice(Math.max(paragraphStart, p.start - 5), p.start))) continue;
      if (p !== main && provinces.includes((p.code ?? p.chain?.[0]?.code ?? '').slice(0, 2))) found = p;
      continue;
    }
    // more specific than the article's place, and inside it
    if (main && p !== main && p.chain && p.chain.length > (main.chain?.length ?? 0) && p.chain.some((c) => c.code === main.code && c.code)) found = p;
  }
  return found;
}

/** A route's or a journey's words, up to three characters before the place (经广西钦州港, 运往北京). */
const PASSED = /(?:经|途经|从|到|至|往|赴|向)[^，。；、]{0,3}$/;

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

/**
 * Places listed before 分别 pair with the figures after it, in order (对欧盟、美国、韩国分别进出口4.5万亿元、4万亿元和
 * 1.9万亿元: 欧盟 4.5万亿元, 美国 4万亿元, 韩国 1.9万亿元), when as many places as figures are listed; else the
 * figures take `fallback` (the article's place), never one member for all.
 */
export function pairListedPlaces(text: string, facts: Fact[], places: PlaceEntity[], fallback?: PlaceEntity): void {
  for (let k = 0; k < facts.length; k++) {
    const s = facts[k].sentence;
    const head = text.lastIndexOf('分别', facts[k].figure.start);
    if (head < s.start) continue;
    const after = facts.filter((f) => f.sentence.start === s.start && f.figure.start > head);
    if (after[0] !== facts[k]) continue;
    // the figures after 分别 written as one list (4.5万亿元、4万亿元和1.9万亿元), not a figure of a clause after it
    let n = 1;
    while (n < after.length && /^(?:[、和及与]|以及)$/.test(text.slice(after[n - 1].figure.end, after[n].figure.start))) n++;
    const listed = after.slice(0, n);
    // the places written as a list before 分别, in its clause
    const run: PlaceEntity[] = [];
    let end = head;
    for (let j = places.length - 1; j >= 0; j--) {
      const p = places[j];
      if (p.end > end || p.start < s.start) continue;
      const gap = text.slice(p.end, end);
      // between the list and 分别 may stand what is said of each (上海、江苏和浙江省电厂的超发电价将分别…)
      if (!(run.length ? /^[、和及与]$/.test(gap) : /^[^，。；：、,;:！？]{0,14}$/.test(gap))) break;
      run.unshift(p);
      end = p.start;
    }
    if (run.length < 2) continue;
    if (run.length !== listed.length) {
      // a list that does not pair (one of its names is no place the finder knows: 对欧盟、美国、韩国 with 欧盟 unknown)
      // still gives each figure to one member: no single member is the place of them all, so the figures take the
      // place around the list, as a sentence without the list would
      const around = fallback && !run.includes(fallback) ? fallback : undefined;
      for (const f of listed) {
        if (!f.place || !run.includes(f.place)) continue;
        if (around) f.place = around;
        else delete f.place;
        f.placeFrom = 'article';
      }
      continue;
    }
    listed.forEach((f, i) => {
      f.place = run[i];
      f.placeFrom = 'sentence';
    });
  }
}

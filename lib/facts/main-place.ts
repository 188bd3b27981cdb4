// The place an article is about, and what its references (全市, 该县, 我省, 我国, 村里, 当地) point to.
// An article names its place in the dateline and headline and then mostly refers back to it; a place inside an
// organization's name (赣州银行, 北京现代) or a river (长江) is no place the article is about.
import type { Article, PlaceEntity, PlaceLevelRef } from '../types';
import { REGION_PROVINCES } from './data/regions';

/** What follows a place inside an organization's or a product's name. */
// (a housing estate's name takes its district's as an ornament: 朝阳嘉园 is one estate, not the district 朝阳;
// a place before a title is a publication's: 英国《卫报》; a government body is of its place: 南丰县农业农村局 and 某某县工业园区管委会 speak for 南丰县 and the park)
const ORGANIZATION_AFTER = /^(?:《|银行|农商行|农商银行|信用社|公司|集团|股份|有限|大学|学院|中学|小学|医院|日报|晚报|早报|商报|报社|电视台|广播|融媒体|现代|汽车|航空|铁路局|供电|电网|烟草|移动|联通|电信|嘉园|花园|家园|小区|公寓|大厦|名苑|雅苑|华庭|华府)/;
/** Rivers and lakes run through many places: no article is about one of them alone. */
const WATER = /[江河湖]$/;
/** References by level: 全市, 该县, 本镇, 我省, 这个村, 县里, 村里. */
export const REFERENCE = /(?:[该全本我]|这个)(省|市|县|区|镇|乡|村|街道|社区|国)|(县|市|区|镇|乡|村)里|当地|本地/g;

/**
 * A company's or society's full name: the place, a few words of its own, and 公司 / 集团 / 厂 (昆明风行防水材料有限公司),
 * or the head of a society, troupe or institute (中国戏曲导演学会, 上海昆剧团), with no word that joins or acts between.
 * (a government body is not here: 县农业农村局 speaks for its county)
 */
const COMPANY_AFTER = /^[^与和及、，。；：的在对向为是将把被从“”《》\s]{1,10}?(?:公司|集团|厂|学会|协会|研究会|联合会|商会|基金会|同盟|剧团|剧院|研究院|研究所|俱乐部)/;
export const isOrganization = (text: string, p: PlaceEntity) => ORGANIZATION_AFTER.test(text.slice(p.end, p.end + 4)) || COMPANY_AFTER.test(text.slice(p.end, p.end + 14));
/** A place counts towards what an article is about even inside an organization's name (an article on 广州现代 is about 广州). */
const countable = (p: PlaceEntity) => !(p.level === 'site' && WATER.test(p.name ?? p.text));

/**
 * The article's place: mentions are counted (a headline mention three times, the dateline's place three more,
 * 我省/我国 for the article's province and China), each also for the units above it; from the most counted top
 * unit the choice goes down to a unit below it while that one holds at least half of the count (an article about
 * 南昌 names 江西省 too; one about five cities of 江苏 stays with 江苏省).
 */
export function mainPlace(article: Article, places: PlaceEntity[], text?: string): PlaceEntity | undefined {
  const own = places.filter(countable);
  const counts = new Map<string, { n: number; first: PlaceEntity }>();
  const add = (p: PlaceEntity, n: number) => {
    const c = counts.get(keyOf(p));
    if (c) c.n += n;
    else counts.set(keyOf(p), { n, first: p });
  };
  const head = article.headline;
  for (const p of own) add(p, head && p.start >= head.start && p.end <= head.end ? 3 : 1);
  if (text) for (const p of wideReferences(text, article, own)) add(p, 1);
  // the dateline names where the story was filed: strong, but a place the story keeps naming outweighs it
  // (新华社拉萨电 on a story about 西藏)
  const dateline = article.datelinePlace;
  if (dateline) {
    const named = own.find((p) => p.text === dateline || p.name?.startsWith(dateline));
    if (named) add(named, 3);
  }
  const entries = [...counts.values()];
  // a great region holds its provinces' mentions only when the article names it more than once (not 华东第一… in passing)
  const total = (c: { n: number; first: PlaceEntity }) =>
    c.first.level === 'region' && c.n < 2 ? c.n : entries.reduce((n, d) => n + (d === c || within(d.first, c.first) ? d.n : 0), 0);
  let best: { n: number; first: PlaceEntity } | undefined;
  let bestTotal = 0;
  for (const c of entries) {
    const t = total(c);
    if (!best || t > bestTotal || (t === bestTotal && depth(c.first) > depth(best.first))) [best, bestTotal] = [c, t];
  }
  // down to the unit below that holds the article's mentions
  for (let moved = true; best && moved; ) {
    moved = false;
    let child: { n: number; first: PlaceEntity } | undefined;
    let childTotal = 0;
    for (const c of entries) {
      if (!within(c.first, best.first)) continue;
      const t = total(c);
      if (t > childTotal || (t === childTotal && child && depth(c.first) < depth(child.first))) [child, childTotal] = [c, t];
    }
    if (child && childTotal * 2 >= bestTotal) [best, bestTotal, moved] = [child, childTotal, true];
  }
  return best?.first;
}

// 华东 and 华东地区 are one region
const keyOf = (p: PlaceEntity) => p.code || (p.level === 'region' ? regionName(p) : p.name || p.text);
const regionName = (p: PlaceEntity) => (p.name ?? p.text).replace(/地区$/, '');

/** Whether place a lies inside place b: b's code in a's chain, b a great region holding a's province, or b China and a one of its units or regions. */
function within(a: PlaceEntity, b: PlaceEntity): boolean {
  if (keyOf(a) === keyOf(b)) return false;
  if ((b.name ?? b.text) === '中国' || b.level === 'country') return a.level === 'region' || (!!a.chain?.length && /^\d/.test(a.code ?? a.chain[0].code ?? ''));
  const provinces = b.level === 'region' ? REGION_PROVINCES[regionName(b)] : undefined;
  if (provinces) return provinces.includes((a.code ?? a.chain?.[0]?.code ?? '').slice(0, 2));
  return !!b.code && !!a.chain?.some((c) => c.code === b.code);
}

const depth = (p: PlaceEntity) => p.chain?.length ?? 0;

/** 我省 / 全省 / 本省 and 我国 in the article, as places: the province most places lie in, and China. */
function wideReferences(text: string, article: Article, places: PlaceEntity[]): PlaceEntity[] {
  const body = text.slice(article.start, article.end);
  const out: PlaceEntity[] = [];
  let province: PlaceLevelRef | undefined;
  // 全国 is said in any story (全国首个…): it names no place the story is about
  for (const m of body.matchAll(/我国|(?:我|全|本)省/g)) {
    const at = article.start + (m.index ?? 0);
    if (m[0] === '我国') out.push(synthetic(m[0], at, CHINA));
    else if ((province ??= majorityProvince(places))) out.push(synthetic(m[0], at, province));
  }
  return out;
}

const CHINA: PlaceLevelRef = { name: '中国', code: '', level: 'country' };

function majorityProvince(places: PlaceEntity[]): PlaceLevelRef | undefined {
  const n = new Map<string, { ref: PlaceLevelRef; n: number }>();
  for (const p of places) {
    const top = p.chain?.[0];
    if (!top || top.level !== 'province') continue;
    const c = n.get(top.code);
    if (c) c.n++;
    else n.set(top.code, { ref: top, n: 1 });
  }
  let best: { ref: PlaceLevelRef; n: number } | undefined;
  for (const c of n.values()) if (!best || c.n > best.n) best = c;
  return best?.ref;
}

/** A place made for a reference: its text is the reference as written, its name and code the unit meant. */
export function synthetic(text: string, start: number, unit: PlaceLevelRef, chain?: PlaceLevelRef[]): PlaceEntity {
  const p: PlaceEntity = { type: 'place', text, start, end: start + text.length, name: unit.name, level: unit.level, rule: 'reference' };
  if (unit.code) p.code = unit.code;
  if (chain) p.chain = chain;
  return p;
}

/**
 * The place a reference at `at` means. 全市 / 本县 / 我省 (the whole unit) mean the article's place at that level:
 * itself when its name ends so (樟树市 for 全市), else the unit above it that does (宜春市 for 全市 in an article about
 * a county of it). 该县 / 村里 / 这个村 (the one just named) mean the last place of that level before; each falls back on
 * the other.
 */
export function resolveReference(word: string, level: string, at: number, main: PlaceEntity | undefined, places: PlaceEntity[], articleStart: number, text: string): PlaceEntity | undefined {
  if (level === '国') return synthetic(word, at, CHINA);
  const whole = /^[全本我]/.test(word);
  const fromMain = () => {
    if (!main) return undefined;
    if ((main.name ?? main.text).endsWith(level)) return synthetic(word, at, { name: main.name ?? main.text, code: main.code ?? '', level: main.level ?? '' }, main.chain);
    const chain = main.chain ?? [];
    for (let k = chain.length - 2; k >= 0; k--) if (chain[k].name.endsWith(level)) return synthetic(word, at, chain[k], chain.slice(0, k + 1));
    return undefined;
  };
  const lastNamed = () => {
    let found: PlaceEntity | undefined;
    for (const p of places) {
      if (p.start < articleStart || p.end > at || !countable(p) || isOrganization(text, p)) continue;
      if ((p.name ?? p.text).endsWith(level) || p.text.endsWith(level)) found = p;
    }
    return found;
  };
  if (!level) return main && synthetic(word, at, { name: main.name ?? main.text, code: main.code ?? '', level: main.level ?? '' }, main.chain);
  return whole ? (fromMain() ?? lastNamed()) : (lastNamed() ?? fromMain());
}

// Word lists the place finder checks spans against: what may follow a name, which stems are plain
// words, which suffixes make a village, township or named site.
import { ADMIN_SUFFIX_WORDS, BRAND_AFTER_WORDS, ETHNIC_GROUPS, NEVER_SHORT_NAMES, SITE_SUFFIXES } from './data/rule-words';
import type { PlaceIndex } from './lexicon';
import { COMMON_SHORT_WORDS, GENERIC_LOCAL_WORDS, GENERIC_STEM_WORDS, PLAIN_TOWNSHIP_WORDS } from './data/stem-words';

/** A name followed by these is a road, not the place (上海市山西北路, 东兴市北仑大道). */
// 街头, 街面, 大街小巷 are the city's streets at large, not one road named after it (北京街头 → 北京)
export const ROAD_AFTER = /^[东西南北中]?(?:路|街(?![头面上])|大街(?!小巷)|大道|巷|胡同|隧道)/;

/** A short form followed by one of these is part of a longer name (清水湾, 新干线). */
export const NAME_CONTINUES = /^[湾山河湖江岛峰岭沟坪塘港寨庄峡滩洲岗坝桥门围]/;

/** A region named by a direction (东北, 西南) is a direction when followed by these (东北部, 西南风). */
export const DIRECTION_AFTER = /^[部风方侧角向面端]/;

/** A country or province heading a longer word, except a nationality or a language (蒙古族, 日本语). */
// (文 as a script or language, 日本文; not 中国文联, 中国文化, where the country heads a body or a field; an animal
// named after its land, 美洲豹, 华南虎, 亚洲象, is no place either)
export const NOT_AFTER_STRONG = /^(?:[族语式画队装陵宫寺塔站盾铢庙湾山河湖江岛峰岭局牌道虎豹狮象]|文(?![联化学艺明]))/;

/** Stems of 村/乡/镇/社区 that make a generic phrase, not a name (贫困村, 示范乡, 美丽乡村). */
export const GENERIC_STEMS = new Set(GENERIC_STEM_WORDS.split(/\s+/).filter(Boolean));

/** Characters that never sit inside a place-name stem. */
export const NOT_IN_STEM = /[的了在和与及是为以应要可能需须各本全该每此这那其个等到从向对之把被将于由给让我你他她它们们就也都还又很最更已再]/;

/** Suffixes of villages and townships not in the gazetteer, longest first. */
export const LOCAL_SUFFIX = /(?:街道|社区|嘎查|村|乡|镇)/g;

/** An ethnic township names its people before the suffix (东固 + 畲族乡): the people's name, ending right before 乡 / 镇. */
export const ETHNIC_BEFORE = new RegExp(`(?:${ETHNIC_GROUPS.join('|')})族$`);

/** Suffixes of named sites and zones, longest first. */
export const SITE_SUFFIX = new RegExp(`(?:${SITE_SUFFIXES.join('|')})`, 'g');

/** Short forms that are also plain words: taken only with a related place nearby. */
export const COMMON_SHORT = new Set(COMMON_SHORT_WORDS.split(/\s+/).filter(Boolean));

/** A short name followed by one of these is the unit itself in an older or fuller form (邯郸县, 玉环县, 麦盖提乡). */
// Two suffixes in a row make a word of their own (上海区县, 各乡镇): 区县, 县乡, 乡镇 are no suffix.
export const ADMIN_AFTER = /^(?:县(?![乡市区])|市(?![县区州])|区(?![县市])|州(?![市县])|旗|盟|乡(?![镇村])|镇(?![村街]))(?![委长政人直级属辖场民])/;

/** A country named in full (刚果民主共和国, 老挝人民民主共和国) or a state (马里兰州). */
export const STATE_AFTER = /^(?:人民民主共和国|民主人民共和国|民主共和国|联合共和国|共和国|联合王国|王国|合众国|酋长国|帝国(?!主义)|州|省)/;

/** A city abroad named with 市 (波恩市), not a market or its people (美国市场). */
export const CITY_AFTER = /^市(?![场民长政容区委内属辖话级]|中心)/;

/** Site suffixes strong enough to take a stem that is an ordinary word (柘林水库). */
export const STRONG_SITE = /^(?:国际机场|高新区|经济技术开发区|高新技术产业开发区|工业园区|水库)$/;

/** Two-character words ending in a local suffix that are never names (农村, 故乡, 小镇, 江湖). */
export const GENERIC_LOCAL = new Set(GENERIC_LOCAL_WORDS.split(/\s+/).filter(Boolean));

/** Two-character county names whose first character is a common word (村集体和县、乡). */
export const RISKY_TWO_CHAR = /^(?:和|大|小|新|江|全|本|该|各)县$/;

/** A name followed by these names an event, not a place (西安事变, 皖南事变). */
export const EVENT_AFTER = /^(?:事变|战役|会战|起义|暴动|惨案|时间)/;

/** Short forms that are ordinary words first: only their full names count (和平区, 解放区). */
export const NEVER_SHORT = new Set(NEVER_SHORT_NAMES);

/** A port named after its city (大连港, 钦州港), not 港口 or 港澳. */
export const PORT_AFTER = /^港(?![口澳台商资务币人])/;

/** A village named after a place (河西村), unless 村 starts another word (村民, 村委). */
export const VILLAGE_AFTER = /^村(?![民委里庄落级干务])/;

/** Words that begin with an admin suffix character: a full name cannot end inside them (杭州市区 → 杭州). */
export const SUFFIX_WORD = new RegExp(`^(?:${ADMIN_SUFFIX_WORDS.join('|')})`);

/**
 * Township names that read as plain words or generic zones (发展乡, 小城镇, 农业示范园区): taken only with a
 * related place nearby, like plain-word short forms.
 */
export function isPlainTownship(name: string): boolean {
  const stem = name.replace(/(?:街道|乡|镇|区)$/, '');
  // 占城镇, 于城镇: one character glued to the word 城镇
  if (GENERIC_STEMS.has(stem) || PLAIN_TOWNSHIP_STEMS.has(stem) || /^.城镇$/.test(name)) return true;
  // a zone named by its kind alone (农业示范园区, 旅游度假区), not by a place (樟树工业园区)
  const rest = name.replace(GENERIC_ZONE, '');
  return rest !== name && (rest.length <= 1 || GENERIC_STEMS.has(rest));
}

const GENERIC_ZONE = /(?:国家级|省级|现代|现代化|高效)?(?:农业|工业|经济|经济技术|高新技术|旅游|生态|科技|物流|商贸|文化)?(?:示范|科技|产业|综合)?(?:园区|园|开发区|度假区|新区|风景区|名胜区|管理区|试验区|示范区)$/;

const PLAIN_TOWNSHIP_STEMS = new Set(PLAIN_TOWNSHIP_WORDS.split(/\s+/).filter(Boolean));

/** A name between a reporter's title and a photo credit is a person: 新华社记者陈天湖摄. */
export const CREDIT_BEFORE = /(?:记者|通讯员|摄影|见习记者|特约记者)\s*$/;
export const CREDIT_AFTER = /^\s*(?:摄|报道|文\/|\/摄)/;

let plainWords: Set<string> | null = null;
/** A county stem that is also a plain word (樟树, 清水, 温泉): weak evidence alone. */
export function isPlainWordStem(index: PlaceIndex, name: string): boolean {
  plainWords ??= new Set([...COMMON_SHORT, ...index.gazetteer.plainStems]);
  return plainWords.has(name);
}

/** A river's, mountain's or region's name before these is a brand or a team (珠江钢琴, 远东队), not a place. */
export const BRAND_AFTER = new RegExp(`^(?:${BRAND_AFTER_WORDS.join('|')})`);

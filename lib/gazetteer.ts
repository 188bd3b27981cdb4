// The administrative gazetteer: every unit of the mainland from province down to township (GB/T 2260
// codes), plus Hong Kong, Macao and Taiwan, decoded once from lib/data/gazetteer.json (built by
// scripts/build-gazetteer.mjs) into a name index. Lookups go through loadGazetteer(), built lazily.
import raw from './data/gazetteer.json';
import { nameForms } from './place-names';
import { RENAMES } from './place-renames';
import type { PlaceLevelRef } from './types';

export type UnitLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export interface Unit {
  code: string;
  name: string;
  level: UnitLevel;
  /** Index of the parent unit, -1 at the top. */
  parent: number;
  /** Placeholder levels (市辖区, 省直辖县级行政区划) that never appear in a chain. */
  hidden?: boolean;
}

/** How a name reaches a unit: its full name, a short stem, or a former name. */
export type FormKind = 'full' | 'short' | 'old';

export interface NameRef {
  unit: number;
  kind: FormKind;
}

export interface Gazetteer {
  units: Unit[];
  /** Every form of every unit name → the units it may mean. */
  byName: Map<string, NameRef[]>;
  /** First character → the lengths of names starting with it, longest first. */
  lengthsByFirst: Map<string, number[]>;
  /** County stems that jieba reads as plain words (樟树, 修水): weak evidence alone. */
  plainStems: Set<string>;
  loadMs: number;
  /** Size of the shipped data, in characters. */
  dataChars: number;
}

interface RawData {
  p: string;
  c: string;
  a: string;
  s: string;
  vp?: string;
  vl?: string;
  cw?: string;
  hmt: Record<string, Record<string, string[]>>;
}

const GENERIC_LAST = '区园场会处司狱';
const GENERIC_UNIT = /^(?:(?:国家级|省级)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|工业园区|工业园|产业园|园区|新区|工业区|保税区|林场|农场|牧场|街道|场|管委会|办事处|城区|小城镇|中心镇)|.{0,2}(?:开发区|园区|林场|农场|牧场|渔场|监狱|公司|管理区|管理处|管委会|良种场|原种场|种畜场|种场))$/;
// county-level names that are also ordinary words for parts of any city
const GENERIC_COUNTY = /^(?:城区|郊区|矿区|新区|东区|西区|南区|北区|中区|市中区|离岛区|解放区)$/;
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const HMT_CODES: Record<string, string> = { 台湾省: '71', 香港特别行政区: '81', 澳门特别行政区: '82' };

/** Decodes one level: groups per parent, items "[own code digits]name", digits absent when sequential. */
function decodeLevel(units: Unit[], parents: number[], text: string, digits: number, level: UnitLevel): number[] {
  const groups = text.split('\n');
  const added: number[] = [];
  groups.forEach((group, g) => {
    if (!group) return;
    const parent = parents[g];
    const base = units[parent].code;
    let own = -1;
    for (const item of group.split(',')) {
      let i = 0;
      while (i < item.length && item.charCodeAt(i) >= 48 && item.charCodeAt(i) <= 57) i++;
      own = i ? Number(item.slice(0, i)) : own + 1;
      const name = item.slice(i);
      const unit: Unit = { code: base + String(own).padStart(digits, '0'), name, level, parent };
      if (PLACEHOLDER.test(name)) unit.hidden = true;
      added.push(units.push(unit) - 1);
    }
  });
  return added;
}

function decode(data: RawData): Unit[] {
  const units: Unit[] = [];
  const provinces = data.p.split(',').map((item) => units.push({ code: item.slice(0, 2), name: item.slice(2), level: 'province', parent: -1 }) - 1);
  const cities = decodeLevel(units, provinces, data.c, 2, 'city');
  const counties = decodeLevel(units, cities, data.a, 2, 'county');
  const townships = decodeLevel(units, counties, data.s, 3, 'township');
  if (data.vp && data.vl) {
    const byCode = new Map(townships.map((i) => [units[i].code, i]));
    const parents = data.vp.split(',').map((c) => byCode.get(c)!);
    decodeLevel(units, parents, data.vl, 3, 'village');
  }
  // Hong Kong, Macao, Taiwan: codes exist only at the top; lower units carry the region's code
  for (const [region, parts] of Object.entries(data.hmt)) {
    const code = HMT_CODES[region] ?? '';
    const top = units.push({ code, name: region, level: 'province', parent: -1 }) - 1;
    for (const [part, districts] of Object.entries(parts)) {
      const mid = units.push({ code, name: part.replace(/[（(].*$/, ''), level: 'city', parent: top }) - 1;
      for (const d of districts) units.push({ code, name: d.replace(/[（(].*$/, ''), level: 'county', parent: mid });
    }
  }
  return units;
}

function addName(byName: Map<string, NameRef[]>, name: string, ref: NameRef): void {
  const list = byName.get(name);
  if (!list) byName.set(name, [ref]);
  else if (!list.some((r) => r.unit === ref.unit)) list.push(ref);
}

function buildIndex(units: Unit[]): Map<string, NameRef[]> {
  const byName = new Map<string, NameRef[]>();
  units.forEach((u, i) => {
    // generic township-level names (高新区, 经济开发区) are kinds of zone, not names
    if (u.hidden || (u.level === 'county' && GENERIC_COUNTY.test(u.name)) || (u.level === 'township' && (u.name.length < 3 || (GENERIC_LAST.includes(u.name[u.name.length - 1]) && GENERIC_UNIT.test(u.name))))) return;
    // townships go in by their full name only (the common case, kept cheap)
    if (u.level === 'township' || u.level === 'village') {
      addName(byName, u.name, { unit: i, kind: 'full' });
      return;
    }
    const forms = nameForms(u.name, u.level);
    // 西藏自治区, 香港特别行政区, 那曲地区: text splits these into the name and a generic word
    const splitInText = /(?:自治区|特别行政区|地区)$/.test(u.name) && u.level !== 'county';
    if (!splitInText) for (const f of forms.full) addName(byName, f, { unit: i, kind: 'full' });
    if (forms.short) addName(byName, forms.short, { unit: i, kind: 'short' });
  });
  // districts were mostly counties or county-level cities before: 新津县 → 新津区, 南康市 → 南康区
  units.forEach((u, i) => {
    if (u.level !== 'county' || !/[区市]$/.test(u.name) || u.name.length < 3) return;
    const stem = u.name.slice(0, -1);
    const olds = u.name.endsWith('区') ? [`${stem}县`, `${stem}市`] : [`${stem}县`];
    for (const old of olds) if (!byName.has(old)) addName(byName, old, { unit: i, kind: 'old' });
  });
  const wanted = new Set(RENAMES.map((r) => r[1]));
  const byFull = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (!wanted.has(u.name)) return;
    const list = byFull.get(u.name);
    if (list) list.push(i);
    else byFull.set(u.name, [i]);
  });
  for (const [old, current, under] of RENAMES) {
    const target = (byFull.get(current) ?? []).find((i) => units[i].code.startsWith(under));
    if (target !== undefined) addName(byName, old, { unit: target, kind: 'old' });
  }
  return byName;
}

let cached: Gazetteer | null = null;

/** The gazetteer, decoded and indexed on first use. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const data = raw as unknown as RawData;
  const units = decode(data);
  const byName = buildIndex(units);
  const lengthsByFirst = new Map<string, number[]>();
  for (const name of byName.keys()) {
    const first = name[0];
    const lens = lengthsByFirst.get(first);
    if (!lens) lengthsByFirst.set(first, [name.length]);
    else if (!lens.includes(name.length)) lens.push(name.length);
  }
  for (const lens of lengthsByFirst.values()) lens.sort((a, b) => b - a);
  const t1 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const plainStems = new Set((data.cw ?? '').split(',').filter(Boolean));
  cached = { units, byName, plainStems, lengthsByFirst, loadMs: t1 - t0, dataChars: data.p.length + data.c.length + data.a.length + data.s.length + (data.vl?.length ?? 0) };
  return cached;
}

/** The unit's visible ancestors from the top down, ending with the unit itself. */
export function chainOf(g: Gazetteer, unit: number): PlaceLevelRef[] {
  const chain: PlaceLevelRef[] = [];
  for (let i = unit; i >= 0; i = g.units[i].parent) {
    const u = g.units[i];
    if (!u.hidden) chain.push({ name: u.name, code: u.code, level: u.level });
  }
  return chain.reverse();
}

/** True when `ancestor` is `unit` or above it. */
export function isWithin(g: Gazetteer, unit: number, ancestor: number): boolean {
  for (let i = unit; i >= 0; i = g.units[i].parent) if (i === ancestor) return true;
  return false;
}

/** GB/T 2260 code padded to 12 digits is what village codes use; shorter codes stay as they are. */
export function codeOf(g: Gazetteer, unit: number): string {
  return g.units[unit].code;
}

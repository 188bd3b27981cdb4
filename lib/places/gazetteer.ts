// The administrative gazetteer: every unit of the mainland from province down to township (GB/T 2260
// codes), plus Hong Kong, Macao and Taiwan, decoded once from lib/data/gazetteer.json (built by
// scripts/build-gazetteer.mjs, which describes the format) into a name index. Lookups go through
// loadGazetteer(), built on first use in one pass over the data: the start of the first read waits for it.
import raw from '../data/gazetteer.json';
import { nameForms } from './names';
import { RENAMES } from './renames';
import type { PlaceLevelRef } from '../types';
import { GENERIC_UNIT_NAMES, GENERIC_UNIT_TAILS } from './data/rule-words';

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
  /** First character → the lengths of names starting with it, longest first (built on first access). */
  lengthsByFirst: Map<string, number[]>;
  /** County stems that jieba reads as plain words (樟树, 修水): weak evidence alone. */
  plainStems: Set<string>;
  loadMs: number;
  /** Size of the shipped unit data, in characters. */
  dataChars: number;
}

interface RawData {
  v: number;
  syms: string;
  table: string;
  esc: string;
  jump: string;
  terms: string;
  sfx: string;
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
// a zone's office is as generic as the zone (工业园区管委会): the text names the zone with its place before it
const GENERIC_UNIT = new RegExp(`^(?:(?:国家级|省级)?(?:${GENERIC_UNIT_NAMES.join('|')})(?:管委会|管理委员会)?|.{0,2}(?:${GENERIC_UNIT_TAILS.join('|')}))$`);
// county-level names that are also ordinary words for parts of any city
const GENERIC_COUNTY = /^(?:城区|郊区|矿区|新区|东区|西区|南区|北区|中区|市中区|离岛区|解放区)$/;
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const HMT_CODES: Record<string, string> = { 台湾省: '71', 香港特别行政区: '81', 澳门特别行政区: '82' };

// What a code unit below U+0800 means in the level strings: > 0 a name character (its real code),
// 0 nothing (an error), else one of these marks (terminator k is -1 - k).
const GROUP = -1000;
const ESCAPE = -1001;
const HUNDREDS = -1002; // HUNDREDS - r: the number that follows is hundreds, plus r
const DIGIT = -2000; // DIGIT - d for the digit d
const SYMBOL_SPACE = 0x800;
const LEVELS: UnitLevel[] = ['province', 'city', 'county', 'township', 'village'];
const PADDED = Array.from({ length: 1000 }, (_, n) => [String(n), String(n).padStart(2, '0'), String(n).padStart(3, '0')]);

/** The symbol table: what each code unit below U+0800 stands for. */
function symbolTable(data: RawData): Int32Array {
  const table = new Int32Array(SYMBOL_SPACE);
  const diffs = data.table.split(',');
  let rank = 0;
  let block = -2;
  let code = 0;
  for (let i = 0; i < data.syms.length; i += 2) {
    for (let c = data.syms.charCodeAt(i); c <= data.syms.charCodeAt(i + 1) && rank < diffs.length; c++) {
      // characters go in code order within each block of symbols sharing their first UTF-8 byte
      const symbolBlock = c < 0x80 ? -1 : c >> 6;
      if (symbolBlock !== block) code = 0;
      block = symbolBlock;
      code += parseInt(diffs[rank++], 36);
      table[c] = code;
    }
  }
  for (let k = 0; k < data.terms.length; k++) table[data.terms.charCodeAt(k)] = -1 - k;
  for (let d = 0; d < 10; d++) table[48 + d] = DIGIT - d;
  table[10] = GROUP;
  table[data.esc.charCodeAt(0)] = ESCAPE;
  for (let r = 0; r < data.jump.length; r++) table[data.jump.charCodeAt(r)] = HUNDREDS - r;
  return table;
}

/** The decoded levels as flat arrays, one slot per unit. */
interface Flat {
  count: number;
  names: string[];
  parent: Int32Array;
  own: Int32Array;
  level: Uint8Array;
}

/** UTF-16 code units as a string: natively where the runtime has a TextDecoder (browsers, Node), else in chunks. */
function utf16(units: Uint16Array): string {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-16le').decode(units);
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return text;
}

function decodeLevels(data: RawData, levels: [text: string, level: number][]): Flat {
  const table = symbolTable(data);
  const suffixes = ['', ...data.sfx.split(',')].map((s) => Array.from(s, (ch) => ch.charCodeAt(0)));
  // a unit takes at least one symbol, a name character at most its symbol and a suffix, plus its end
  let size = 1;
  let maxUnits = 1;
  for (const [text] of levels) {
    size += text.length * 5;
    maxUnits += text.length;
  }
  const out = new Uint16Array(size);
  const parent = new Int32Array(maxUnits);
  const own = new Int32Array(maxUnits);
  const levelOf = new Uint8Array(maxUnits);
  let len = 0;
  let count = 0;
  let firstParent = -1; // the parents of a level are the units of the level before, in order
  for (const [text, level] of levels) {
    const first = count;
    let group = firstParent;
    let next = 1; // the code a unit gets when none is written
    let number = -1; // digits written before the name
    let hundreds = -1; // the number is hundreds (plus this), not a skip
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const t = c < SYMBOL_SPACE ? table[c] : c;
      if (t > 0) out[len++] = t;
      else if (t < 0 && t > GROUP) {
        const sfx = suffixes[-1 - t];
        for (let k = 0; k < sfx.length; k++) out[len++] = sfx[k];
        out[len++] = 0; // names are split apart at the end, in one native call
        // a marked jump goes to the hundred written, or else to the next one
        const n = hundreds < 0 ? next + Math.max(number, 0) : (number < 0 ? Math.floor((next - 1) / 100) + 1 : number) * 100 + hundreds;
        parent[count] = group;
        own[count] = n;
        levelOf[count] = level;
        count++;
        next = n + 1;
        number = -1;
        hundreds = -1;
      } else if (t <= DIGIT) number = Math.max(number, 0) * 10 + (DIGIT - t);
      else if (t === GROUP) {
        group++;
        next = 1;
      } else if (t === ESCAPE) out[len++] = text.charCodeAt(++i);
      else if (t <= HUNDREDS) hundreds = HUNDREDS - t;
      else throw new Error(`gazetteer: unexpected symbol U+${c.toString(16)}`);
    }
    firstParent = first;
  }
  return { count, names: utf16(out.subarray(0, len)).split('\0'), parent, own, level: levelOf };
}

/** A decoded unit; it is also the ref of its own full name in the index, which spares one object per township. */
class UnitRecord implements Unit, NameRef {
  declare hidden?: boolean;
  declare kind: FormKind;
  constructor(
    public code: string,
    public name: string,
    public level: UnitLevel,
    public parent: number,
    /** The unit's own index, as a NameRef names it. */
    public unit: number,
  ) {}
}
UnitRecord.prototype.kind = 'full';

/** Generic township-level names (高新区, 经济开发区) are kinds of zone, not names. */
const GENERIC_LAST_CODES = new Set(Array.from(GENERIC_LAST, (ch) => ch.charCodeAt(0)));
const isGenericTownship = (name: string) => name.length < 3 || (GENERIC_LAST_CODES.has(name.charCodeAt(name.length - 1)) && GENERIC_UNIT.test(name));

/** The unit list and the name index, filled together in one pass, unit by unit. */
class Builder {
  units: Unit[] = [];
  byName = new Map<string, NameRef[]>();
  /** Districts and county-level cities: their former 县/市 names go in once every name is in. */
  private formerCounties: number[] = [];

  add(unit: Unit): void {
    const i = this.units.push(unit) - 1;
    const { name, level } = unit;
    // townships go in by their full name only (the common case, kept cheap)
    if (level === 'township' || level === 'village') {
      if (level === 'township' && isGenericTownship(name)) return;
      const ref = unit instanceof UnitRecord ? unit : { unit: i, kind: 'full' as const };
      const list = this.byName.get(name);
      if (list) list.push(ref);
      else this.byName.set(name, [ref]);
      return;
    }
    if ((level === 'city' || level === 'county') && PLACEHOLDER.test(name)) unit.hidden = true;
    // (placeholders and generic names too, as ever: 市辖县 or 市中县 are never written)
    if (level === 'county' && name.length >= 3 && /[区市]$/.test(name)) this.formerCounties.push(i);
    if (unit.hidden || (level === 'county' && GENERIC_COUNTY.test(name))) return;
    const forms = nameForms(name, level);
    // 西藏自治区, 香港特别行政区, 和田地区: a unit is named in full as written, not cut to its stem
    for (const f of forms.full) this.addName(f, { unit: i, kind: 'full' });
    if (forms.short) this.addName(forms.short, { unit: i, kind: 'short' });
  }

  /** Former names, once every current name is in. */
  finish(): void {
    const { units, byName } = this;
    // districts were mostly counties or county-level cities before: 新津县 → 新津区, 南康市 → 南康区
    for (const i of this.formerCounties) {
      const name = units[i].name;
      const stem = name.slice(0, -1);
      const olds = name.endsWith('区') ? [`${stem}县`, `${stem}市`] : [`${stem}县`];
      for (const old of olds) if (!byName.has(old)) this.addName(old, { unit: i, kind: 'old' });
    }
    for (const [old, current, under] of RENAMES) {
      const target = this.unitNamed(current, under);
      if (target !== undefined) this.addName(old, { unit: target, kind: 'old' });
    }
  }

  private addName(name: string, ref: NameRef): void {
    const list = this.byName.get(name);
    if (!list) this.byName.set(name, [ref]);
    else if (!list.some((r) => r.unit === ref.unit)) list.push(ref);
  }

  /** The first unit with this full name under a code prefix: found through the index, else by a scan. */
  private unitNamed(name: string, under: string): number | undefined {
    const isIt = (i: number) => this.units[i].name === name && this.units[i].code.startsWith(under);
    const indexed = this.byName.get(name)?.find((r) => isIt(r.unit));
    if (indexed) return indexed.unit;
    for (let i = 0; i < this.units.length; i++) if (isIt(i)) return i;
    return undefined;
  }
}

function build(data: RawData): { units: Unit[]; byName: Map<string, NameRef[]>; plainStems: Set<string> } {
  const b = new Builder();
  const { units } = b;
  const flat = decodeLevels(data, [[data.p, 0], [data.c, 1], [data.a, 2], [data.s, 3]]);
  const prefecturesAndCounties: number[] = [];
  for (let i = 0; i < flat.count; i++) {
    const level = LEVELS[flat.level[i]];
    const own = PADDED[flat.own[i]][level === 'township' ? 2 : 1];
    const p = flat.parent[i];
    b.add(new UnitRecord(p >= 0 ? units[p].code + own : own, flat.names[i], level, p, i));
    if (level === 'city' || level === 'county') prefecturesAndCounties.push(i);
  }
  // plain-word stems: each the start of a prefecture or county name, counted on from the one before
  const plainStems = new Set<string>();
  let at = -1;
  for (const item of data.cw ? data.cw.split(',') : []) {
    at += parseInt(item.slice(0, -1) || '0', 36) + 1;
    plainStems.add(units[prefecturesAndCounties[at]].name.slice(0, parseInt(item.slice(-1), 36)));
  }
  // villages (only in a build with --villages): groups per township listed in `vp`
  if (data.vp && data.vl) {
    const byCode = new Map<string, number>();
    for (let i = 0; i < units.length; i++) if (units[i].level === 'township') byCode.set(units[i].code, i);
    const parents = data.vp.split(',').map((c) => byCode.get(c)!);
    const villages = decodeLevels(data, [[data.vl, 4]]);
    for (let i = 0; i < villages.count; i++) {
      const p = parents[villages.parent[i] + 1];
      b.add(new UnitRecord(units[p].code + PADDED[villages.own[i]][2], villages.names[i], 'village', p, units.length));
    }
  }
  // Hong Kong, Macao, Taiwan: codes exist only at the top; lower units carry the region's code
  for (const [region, parts] of Object.entries(data.hmt)) {
    const code = HMT_CODES[region] ?? '';
    const top = units.length;
    b.add({ code, name: region, level: 'province', parent: -1 });
    for (const [part, districts] of Object.entries(parts)) {
      const mid = units.length;
      b.add({ code, name: part.replace(/[（(].*$/, ''), level: 'city', parent: top });
      for (const dist of districts) b.add({ code, name: dist.replace(/[（(].*$/, ''), level: 'county', parent: mid });
    }
  }
  b.finish();
  return { units, byName: b.byName, plainStems };
}

function lengthsByFirstOf(byName: Map<string, NameRef[]>): Map<string, number[]> {
  const lengthsByFirst = new Map<string, number[]>();
  for (const name of byName.keys()) {
    const first = name[0];
    const lens = lengthsByFirst.get(first);
    if (!lens) lengthsByFirst.set(first, [name.length]);
    else if (!lens.includes(name.length)) lens.push(name.length);
  }
  for (const lens of lengthsByFirst.values()) lens.sort((a, b) => b - a);
  return lengthsByFirst;
}

/** Decodes and indexes gazetteer data as scripts/build-gazetteer.mjs writes it. */
export function decodeGazetteer(raw: unknown): Gazetteer {
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const data = raw as RawData;
  if (data.v !== 2) throw new Error('gazetteer: lib/data/gazetteer.json is from another build; run `npm run gazetteer`');
  const { units, byName, plainStems } = build(data);
  const t1 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  let lengths: Map<string, number[]> | null = null;
  return {
    units,
    byName,
    plainStems,
    // only the tests read it: the place finder indexes by two characters (lexicon.ts)
    get lengthsByFirst() {
      return (lengths ??= lengthsByFirstOf(byName));
    },
    loadMs: t1 - t0,
    dataChars: data.p.length + data.c.length + data.a.length + data.s.length + (data.vl?.length ?? 0),
  };
}

let cached: Gazetteer | null = null;

/** The gazetteer, decoded and indexed on first use. */
export function loadGazetteer(): Gazetteer {
  return (cached ??= decodeGazetteer(raw));
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

import { findHeaded } from './headed';
import { findNamedModels } from './models';
import { judgeQuoted, judgeTitle, SENTENCE_MARK } from './quoted';
import { type Found, findDefinitions, findJoined, findNational, findPlaceLedProjects, findScopedMeetings, findSystemReforms, findTriggered, findUnquotedDocuments } from './unquoted';
import type { ProgramEntity, UserLexicon } from '../types';

// “…” 『…』 「…」 ‘…’ quotes and 《…》 titles; the inner text may run over one line break. A title may hold
// one level of titles (《关于《乡村振兴》的工作方案》): the outer document is the program.
// Web pages also quote with straight marks: "下岗职工".
// A “…” quote may hold single quotes of its own: “剪’廉洁窗花’，过廉洁之年”活动 is one name.
// Tried first, since the plain quote would end at the inner mark.
const QUOTED = /“(?<nested>[^“”「」『』《》\n‘’]{1,20}[‘’][^“”「」『』《》\n]{1,30})”|(?<open>[“「『‘])(?<plain>[^“”「」『』‘’《》\n]{1,40}(?:\n[^“”「」『』‘’《》\n]{1,40})?)(?<close>[”」』’])|《(?<title>(?:[^《》\n]|《[^《》\n]{1,40}》){1,80})》|"(?<straight>[^"\n]{1,40})"/g;
const NESTED_TITLE = /《([^《》\n]{1,40})》/;
const CLOSER: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };

interface Candidate extends Found {
  /** Higher wins an overlap: the reader's lexicon, then titles, quotes, definitions, lexicon, patterns. */
  priority: number;
  /** The full name's text when this is a defined short form. */
  aliasOf?: string;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const userPatterns = new WeakMap<string[], RegExp | null>();

/**
 * Finds program names: quoted names with a head noun, trigger verb or telling ending; document titles in 《》;
 * national program names; trigger-led unquoted names; short forms the text defines; and every later mention of a
 * name already taken. Each entity says in `rule` why it was taken.
 */
export function findPrograms(text: string, lexicon?: UserLexicon): ProgramEntity[] {
  const candidates: Candidate[] = [...quotedCandidates(text), ...userCandidates(text, lexicon)];
  // Lexicon and trigger-led names rank alike, so the longer wins: 农村人居环境整治提升五年行动.
  for (const f of findNational(text)) candidates.push({ ...f, priority: 1 });
  for (const f of findTriggered(text)) candidates.push({ ...f, priority: 1 });
  for (const f of findPlaceLedProjects(text)) candidates.push({ ...f, priority: 1 });
  for (const f of findSystemReforms(text)) candidates.push({ ...f, priority: 1 });
  for (const f of [...findUnquotedDocuments(text), ...findScopedMeetings(text)]) candidates.push({ ...f, priority: 1 });
  for (const f of findHeaded(text)) candidates.push({ ...f, priority: 1 });
  for (const f of findNamedModels(text)) candidates.push({ ...f, priority: 1 });
  for (const f of findJoined(text, candidates.filter((c) => c.priority === 1))) candidates.push({ ...f, priority: 1 });
  for (const d of findDefinitions(text, candidates)) {
    const full = text.slice(d.full.start, d.full.end);
    candidates.push({ ...d.full, priority: 4 }, { ...d.short, priority: 4, aliasOf: squeeze(full) });
  }

  const taken = new Uint8Array(text.length);
  const accepted = resolve(candidates, taken);
  accepted.push(...laterMentions(text, accepted, taken));
  return toEntities(text, accepted);
}

function quotedCandidates(text: string): Candidate[] {
  const found: { start: number; end: number; inner: string; title: boolean; rule?: string; before: string; after: string }[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const g = m.groups!;
    const title = g.title !== undefined;
    if (g.plain !== undefined && CLOSER[g.open] !== g.close) continue;
    const inner = g.title ?? g.straight ?? g.nested ?? g.plain;
    const lead = inner.length - inner.trimStart().length;
    const start = m.index + 1 + lead;
    const trimmed = inner.trim();
    const before = text.slice(Math.max(0, start - 13), start - 1).replace(/\s+$/, '');
    const after = text.slice(start + trimmed.length + 1, start + trimmed.length + 11);
    const leadIn = stripTimeTail(before);
    const verdict = title ? judgeTitle(trimmed, before) : judgeQuoted(trimmed, leadIn, after);
    found.push({ start, end: start + trimmed.length, inner: trimmed, title, rule: verdict?.rule, before: leadIn, after });
    // an outer title that is no program (《读《…法》有感》) still holds one that may be
    const innerTitle = title && !verdict ? NESTED_TITLE.exec(trimmed) : null;
    if (innerTitle) {
      const at = start + innerTitle.index + 1;
      const rule = judgeTitle(innerTitle[1], text.slice(Math.max(0, at - 13), at - 1))?.rule;
      found.push({ start: at, end: at + innerTitle[1].length, inner: innerTitle[1], title: true, rule, before: '', after: '' });
    }
  }
  // Quotes listed together share the head after the last one: “放心岗”、“免检岗”活动.
  for (let i = found.length - 2; i >= 0; i--) {
    const q = found[i];
    const next = found[i + 1];
    if (q.rule || q.title || !next.rule?.startsWith('quoted, followed by the head noun')) continue;
    if (!LIST_JOINT.test(text.slice(q.end, next.start)) || !isListable(q.inner)) continue;
    q.rule = `quoted, in a list sharing the head noun ${next.rule.slice('quoted, followed by the head noun '.length)}`;
  }
  // …and quotes listed after one a trigger verb took share that verb: 落实“六稳”“六保”任务.
  for (let i = 1; i < found.length; i++) {
    const q = found[i];
    const prev = found[i - 1];
    if (q.rule || q.title || !prev.rule?.startsWith('quoted, after the trigger verb')) continue;
    if (!LIST_JOINT.test(text.slice(prev.end, q.start)) || !isListable(q.inner)) continue;
    const shared = judgeQuoted(q.inner, prev.before, q.after);
    if (shared) {
      q.rule = `quoted, in a list ${shared.rule.replace(/^quoted, /, '')}`;
      q.before = prev.before;
    }
  }
  return found.filter((q) => q.rule).map((q) => ({ start: q.start, end: q.end, rule: q.rule!, priority: q.title ? 5 : 3 }));
}

const LIST_JOINT = /^["”』」’]\s*(?:[、，,和与及]|以及)?\s*["“『「‘]$/;
const isListable = (inner: string) => inner.length >= 2 && inner.length <= 16 && !SENTENCE_MARK.test(inner);

// 启动2023年度“履职之星” → the trigger 启动 stands right before the quote once the time words are gone.
const TIME_TAIL = /(?:[0-9０-９]{4}年度?|[今明]年度?|首届|第[0-9一二三四五六七八九十]+届|首批|新一轮|年度|全市|全县|全省|全区|全乡|全镇)+$/;
const stripTimeTail = (before: string) => before.replace(TIME_TAIL, '');

function userCandidates(text: string, lexicon?: UserLexicon): Candidate[] {
  const names = lexicon?.programs;
  if (!names?.length) return [];
  let pattern = userPatterns.get(names);
  if (pattern === undefined) {
    const usable = names.map((n) => n.trim()).filter((n) => n.length >= 2);
    pattern = usable.length ? new RegExp(usable.sort((a, b) => b.length - a.length).map(escape).join('|'), 'g') : null;
    userPatterns.set(names, pattern);
  }
  if (!pattern) return [];
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, rule: 'user lexicon', priority: 6 });
  return out;
}

/** Keeps the best of overlapping candidates: higher priority, then longer. */
function resolve(candidates: Candidate[], taken: Uint8Array): Candidate[] {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of order) {
    if (!isFree(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept;
}

const isFree = (taken: Uint8Array, start: number, end: number) => {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
};

const OPENERS = '“「『‘《"';
const isQuoted = (text: string, start: number, end: number) => OPENERS.includes(text[start - 1] ?? '') && CLOSERS.includes(text[end] ?? '');
const CLOSERS = '”」』’》"';

const ENDING_RULE = 'quoted name ending in';

// A title that is only a kind of document (《办法》, 《条例》) is found in its brackets, never bare.
const BARE_HEAD = /^(暂行)?(方案|意见|办法|规划|通知|条例|决定|纲要|规定|细则|计划|措施|法|准则|标准|指南|公告|通告|报告|决议|章程|制度|要点)$/;

/** Every other mention of a name already taken, quoted or not: 产改 after its definition, 财园信贷通 again. */
function laterMentions(text: string, accepted: Candidate[], taken: Uint8Array): Candidate[] {
  const names = new Map<string, { aliasOf?: string; bare: boolean }>();
  for (const c of accepted) {
    const name = text.slice(c.start, c.end);
    if (name.length < 2 || name.includes('\n') || BARE_HEAD.test(name)) continue;
    // A short quoted name (“三光”, “九五”) is looked for only in quotes again: bare, it hides in other words.
    // A three-character name with a telling ending (链长制, 赣服通) is distinctive enough bare.
    const bare = name.length >= 4 || (name.length === 3 && c.rule.startsWith(ENDING_RULE)) || c.aliasOf !== undefined || !isQuoted(text, c.start, c.end);
    const seen = names.get(name);
    names.set(name, { aliasOf: c.aliasOf ?? seen?.aliasOf, bare: bare || (seen?.bare ?? false) });
  }
  if (!names.size) return [];
  const pattern = new RegExp([...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const out: Candidate[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const known = names.get(m[0])!;
    if (!isFree(taken, start, end) || (!known.bare && !isQuoted(text, start, end))) continue;
    taken.fill(1, start, end);
    out.push({ start, end, rule: `another mention of ${m[0]}`, priority: 0, aliasOf: known.aliasOf });
  }
  return out;
}

/** Gives one id to every mention of a program (and its short form), in text order. */
function toEntities(text: string, accepted: Candidate[]): ProgramEntity[] {
  accepted.sort((a, b) => a.start - b.start);
  const ids = new Map<string, { id: number; name: string }>();
  const entities: ProgramEntity[] = [];
  for (const c of accepted) {
    const spanText = text.slice(c.start, c.end);
    const key = c.aliasOf ?? squeeze(spanText);
    let program = ids.get(key);
    if (!program) {
      program = { id: ids.size + 1, name: c.aliasOf ?? squeeze(spanText) };
      ids.set(key, program);
    }
    entities.push({ type: 'program', start: c.start, end: c.end, text: spanText, programId: program.id, name: program.name, rule: c.rule });
  }
  return entities;
}

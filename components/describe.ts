// Readable forms of entities for the card, the popup and copy-out.
import type { Entity, FactSource, FigureEntity, PlaceEntity } from '../lib/types';
import type { Translate } from './i18n';

const UNIT_NAMES: Record<string, string> = { pp: '个百分点', times: '倍' };

/** 639000000 → "639,000,000"; keeps every decimal the engine gave. */
export function groupDigits(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 20 });
}

export function unitName(unit: string | undefined): string {
  return unit ? UNIT_NAMES[unit] ?? unit : '';
}

/** "639,000,000 元", "30,000–50,000 元", "12.5%". */
export function figureValue(f: FigureEntity): string {
  const unit = unitName(f.unit);
  const sep = unit === '%' ? '' : ' ';
  let num = '';
  if (f.value != null) num = groupDigits(f.value);
  else if (f.min != null || f.max != null) num = `${f.min != null ? groupDigits(f.min) : ''}–${f.max != null ? groupDigits(f.max) : ''}`;
  if (!num) return unit;
  return unit ? `${num}${sep}${unit}` : num;
}

export function approxLabel(f: FigureEntity, t: Translate): string {
  return f.approx ? t(f.approx) : '';
}

export function placeChain(p: PlaceEntity): string {
  return p.chain?.length ? p.chain.map((c) => c.name).join(' › ') : p.name ?? p.text;
}

/** Mentions of one thing share a key: a place by its code or name, a program by its id. */
export function mentionKey(e: Entity): string {
  if (e.type === 'place') return `place:${e.code ?? e.name ?? e.text}`;
  if (e.type === 'program') return `program:${e.programId}`;
  if (e.type === 'figure') return `figure:${e.value ?? e.min ?? ''}:${e.unit ?? ''}`;
  return `time:${e.text}`;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Where a fact's place or time came from, as the card and popup say it; empty when the engine did not say. */
export function sourceLabel(from: FactSource | undefined, t: Translate): string {
  if (from === 'sentence') return t('inSentence');
  if (from === 'article') return t('fromArticle');
  return '';
}

// The legend and the card, drawn in the reader's shadow root. Page text reaches them
// only as Preact text children, never as markup.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity, Fact, TimeEntity } from '../lib/types';
import { approxLabel, figureValue, placeChain, oneLine, sourceLabel } from './describe';
import type { Translate } from './i18n';
import { KINDS, type HighlightScope, type Kind } from './settings';

export interface CardModel {
  entity: Entity;
  fact?: Fact;
  sentence: string;
  /** Position of this mention among mentions of the same thing, 1-based. */
  k: number;
  n: number;
  /** Where to put the card, in document coordinates. */
  top: number;
  left: number;
}

export interface OverlayProps {
  t: Translate;
  counts: Record<Kind, number>;
  visible: Record<Kind, boolean>;
  /** Highlights on the story only, or on the whole page (chrome too). */
  scope: HighlightScope;
  card: CardModel | null;
  onToggleKind(kind: Kind): void;
  onToggleScope(): void;
  onStep(dir: 1 | -1): void;
  onMention(dir: 1 | -1): void;
  onOff(): void;
  onCloseCard(): void;
  onCopy(text: string): Promise<void>;
}

export function Overlay(p: OverlayProps) {
  return (
    <>
      {p.card && <Card {...p} card={p.card} />}
      <Legend {...p} />
    </>
  );
}

function Legend({ t, counts, visible, scope, onToggleKind, onToggleScope, onStep, onOff }: OverlayProps) {
  return (
    <div class="legend" role="toolbar" aria-label={t('legendLabel')}>
      <span class="brand">{t('appName')}</span>
      {KINDS.map((k) => (
        <button
          class={`kind kind-${k}`}
          data-kind={k}
          aria-pressed={visible[k] ? 'true' : 'false'}
          title={`${visible[k] ? t('hide') : t('show')} ${t(k)}`}
          onClick={() => onToggleKind(k)}
        >
          <span class={`swatch swatch-${k}`}>{t(k)}</span> <span class="count">{counts[k]}</span>
        </button>
      ))}
      <button
        class="scope"
        data-scope={scope}
        title={scope === 'page' ? t('scopeToStory') : t('scopeToPage')}
        onClick={onToggleScope}
      >
        {scope === 'page' ? t('scopePage') : t('scopeStory')}
      </button>
      <button class="step prev" onClick={() => onStep(-1)} aria-label={t('legendPrev')}>‹</button>
      <button class="step next" onClick={() => onStep(1)}>{t('legendNext')} ›</button>
      <button class="off" onClick={onOff} title={t('turnOff')}>{t('legendOff')} ✕</button>
    </div>
  );
}

/** 今年以来 (2023–2023-11): the words, then the period they name when known. */
function timeText(time: TimeEntity): string {
  const words = oneLine(time.text);
  if (!time.from) return words;
  const period = time.to && time.to !== time.from ? `${time.from}–${time.to}` : time.from;
  return `${words} (${period})`;
}

/** A card line: its label, its value, and for a fact's place and time where the value came from. */
type Line = [label: string, value: string | undefined, from?: string];

function Row({ line: [label, value, from] }: { line: Line }) {
  if (!value) return null;
  return (
    <div class="row">
      <span class="label">{label}</span>
      <span class="value">{value}</span>
      {/* styled inline: the shared sheet (overlay-css.ts) is not this change's */}
      {from && (
        <span class="from" style={{ color: '#666', fontSize: '12px', whiteSpace: 'nowrap' }}>
          {from}
        </span>
      )}
    </div>
  );
}

function Card({ t, card, onMention, onCloseCard, onCopy }: OverlayProps & { card: CardModel }) {
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  const e = card.entity;
  useEffect(() => {
    ref.current?.focus();
    setCopied(false);
  }, [e.start]);

  const lines: Line[] = [];
  if (e.type === 'figure') {
    lines.push([t('value'), figureValue(e)]);
    lines.push([t('approx'), approxLabel(e, t) || undefined]);
    const f = card.fact;
    if (f) {
      lines.push([t('subject'), f.subject]);
      lines.push([t('place'), f.place ? placeChain(f.place) : undefined, sourceLabel(f.placeFrom, t)]);
      lines.push([t('time'), f.time ? timeText(f.time) : undefined, sourceLabel(f.timeFrom, t)]);
      lines.push([t('program'), f.program ? f.program.name : undefined]);
    }
  } else if (e.type === 'place') {
    lines.push([t('hierarchy'), placeChain(e)]);
    lines.push([t('code'), e.code]);
    if (!e.code && e.candidates?.length)
      lines.push([t('candidates'), e.candidates.map((c) => `${c.map((l) => l.name).join(' › ')} (${c[c.length - 1]?.code ?? ''})`).join('; ')]);
    lines.push([t('rule'), e.rule]);
  } else if (e.type === 'program') {
    lines.push([t('program'), e.name]);
    lines.push([t('rule'), e.rule]);
  }
  lines.push([t('otherMentions'), t('mentionOf', { k: card.k, n: card.n })]);
  lines.push([t('sentence'), card.sentence]);
  const copyText = [oneLine(e.text), ...lines.filter(([, v]) => v).map(([l, v, from]) => `${l}: ${v}${from ? ` (${from})` : ''}`)].join('\n');

  return (
    <div
      class={`card card-${e.type}`}
      role="dialog"
      aria-label={`${t(e.type as Kind)} ${oneLine(e.text)}`}
      tabIndex={-1}
      ref={ref}
      style={{ top: `${card.top}px`, left: `${card.left}px` }}
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') {
          ev.stopPropagation();
          onCloseCard();
        }
      }}
    >
      <div class="head">
        <span class={`tag tag-${e.type}`}>{t(e.type as Kind)}</span>
        <span class="term">{oneLine(e.text)}</span>
        <button class="close" onClick={onCloseCard} aria-label={t('close')}>✕</button>
      </div>
      {lines.map((line) => (
        <Row line={line} />
      ))}
      <div class="actions">
        <button class="mention-prev" disabled={card.n < 2} onClick={() => onMention(-1)}>‹ {t('prevMention')}</button>
        <button class="mention-next" disabled={card.n < 2} onClick={() => onMention(1)}>{t('nextMention')} ›</button>
        <button
          class="copy"
          onClick={async () => {
            await onCopy(copyText);
            setCopied(true);
          }}
        >
          {copied ? t('copied') : t('copy')}
        </button>
      </div>
    </div>
  );
}


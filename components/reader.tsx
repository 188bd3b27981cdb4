// The reader in the page: reads the visible text, asks the background to extract, draws
// highlights, the legend and the card, and follows the page as it changes.
import { browser } from 'wxt/browser';
import { render } from 'preact';
import type { Entity, ExtractOptions, Fact } from '../lib/types';
import { marksInScope, otherScope } from './highlight-scope';
import { mentionKey } from './describe';
import { Highlighter, highlightCss } from './highlighter';
import { KeptRead } from './kept-read';
import { translator, type Translate } from './i18n';
import { SMALL_RESULT, type BackgroundRequest, type PageResult, type ReaderHints, type ReaderRequest, type ReaderState } from './messages';
import { Overlay, type CardModel } from './Overlay';
import { overlayCss } from './overlay-css';
import { pageDate } from './page-date';
import { paintFirst } from './paint-first';
import { collectText, collectTextAsync, offsetAt, rangeFor, type PageText } from './page-text';
import { caretAt, copyText, rectsContain, scrollToRange } from './dom-helpers';
import { readThroughPort } from './read-port';
import { KINDS, loadSettings, saveSettings, watchSettings, type HighlightScope, type Kind, type Settings } from './settings';
import { makeHost } from './overlay-host';

/** What the reader's observer watches for: text added, removed or edited. */
const WATCHED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** At least 20 Han characters: enough to be worth reading (stops counting there). */
function hasChinese(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length && n < 20; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n >= 20;
}
const SHOWN: Kind[] = KINDS;

/** The page reader's blocks, metadata and kind, when page-text gives them: stories, not the page's chrome. */
function pageHints(page: PageText): ReaderHints {
  const { blocks, meta, kind } = page as PageText & ReaderHints;
  return { blocks, meta, kind };
}

interface Mark {
  entity: Entity;
  range: Range;
  fact?: Fact;
}

export class Reader {
  on = false;
  /** The text the drawn result was read from; `reading` is the one whose read is in flight. */
  private page: PageText | null = null;
  private reading: PageText | null = null;
  private result: PageResult | null = null;
  /** The last finished read's result, kept past an Off: the same text with the same options is not sent again. */
  private kept = new KeptRead();
  /** The story's marks (all articles'), and the chrome's: drawn too only when the scope is the whole page. */
  private marks: Mark[] = [];
  private chromeMarks: Mark[] = [];
  private scope: HighlightScope = 'story';
  private shown: { marks: Mark[]; chrome: Mark[]; scope: HighlightScope; list: Mark[] } | null = null;
  /** Fallback only: the mark each <dj-mark> element shows. */
  private markOf = new Map<Element, Mark>();
  private settings!: Settings;
  private preloaded: { at: number; settings: Promise<Settings> } | null = null;
  /** The settings last read, kept until storage says they changed: a read again asks storage nothing. */
  private keptSettings: Promise<Settings> | null = null;
  private t!: Translate;
  private highlighter = new Highlighter();
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private shadowSheet: CSSStyleSheet | null = null;
  /** The overlay's stylesheet text as last set: set again only when it changes (each set restyles the overlay). */
  private shadowCss = '';
  /**
   * Off takes the host out of the page but keeps it, its rendered legend and its sheet: turned on again, the
   * reader puts it back and preact only updates it, instead of building the overlay anew (measured ~1.5–4 ms
   * of a ~20 ms second read). Out of the document, nothing of it is left in the page.
   */
  private hostOut = false;
  private visible: Record<Kind, boolean> = { place: true, program: true, figure: true };
  private card: CardModel | null = null;
  private current = -1;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private runningGeneration = -1;
  private lastRead = 0;
  /** When the first page change not yet read happened (0: none pending). */
  private firstChange = 0;
  /** Bumped by off(), so a read still waiting for the engine draws nothing after it. */
  private generation = 0;
  private unwatch: (() => void) | null = null;
  private notChinese = false;
  /**
   * Where a read's time went (the bench prints it): engine is the background's own time, draft the time
   * to a first draw read without jieba (0: none), backgroundAge how long the background had been up,
   * cached 1 when the background gave a kept result (the same text read before: no engine ran), 2 when the
   * reader took its own kept result (no message at all), else 0.
   */
  private ms = { collect: 0, extract: 0, highlight: 0, engine: 0, draft: 0, backgroundAge: 0, cached: 0 };

  /** Reads the page and draws; a second call while on just returns. */
  run(): Promise<void> {
    if (this.on) return Promise.resolve();
    // a read begun before an Off will draw nothing: a new run starts its own
    if (!this.running || this.runningGeneration !== this.generation) {
      this.runningGeneration = this.generation;
      const running = this.start().finally(() => {
        if (this.running === running) this.running = null;
      });
      this.running = running;
    }
    return this.running;
  }

  private async start(): Promise<void> {
    // an Off that arrives while the settings load or the engine reads wins
    const generation = this.generation;
    // the settings load while the page text is collected: neither waits for the other
    const settingsLoaded = this.takePreloaded().then((s) => {
      this.settings = s;
      this.t = translator(s.lang);
      this.visible = { ...s.kinds };
      this.scope = s.scope;
    });
    await this.read(settingsLoaded);
    if (generation !== this.generation) return; // turned off while reading
    this.on = true;
    this.observe();
    // colours, kinds and language chosen in the options apply at once; a new lexicon re-reads
    this.unwatch = watchSettings(() => void this.applySettings());
  }

  /** Settings read as the reader was injected, if just now (the run that follows an injection); else the kept ones, else read anew. */
  private takePreloaded(): Promise<Settings> {
    const p = this.preloaded;
    this.preloaded = null;
    if (p && performance.now() - p.at < 1000) this.keptSettings = p.settings;
    // a failed read is not kept: the next run asks again
    this.keptSettings ??= loadSettings().catch((e: unknown) => {
      this.keptSettings = null;
      throw e;
    });
    return this.keptSettings;
  }

  /** Storage changed (the options page, the legend's scope, another device): the kept settings are stale. */
  settingsChanged(): void {
    this.keptSettings = null;
  }

  /** The settings the injected script has just asked for: the first run takes them instead of asking again. */
  preload(settings: Promise<Settings>): void {
    this.preloaded = { at: performance.now(), settings };
  }

  private async applySettings(): Promise<void> {
    if (!this.on) return;
    const next = await loadSettings();
    const lexiconChanged = JSON.stringify(next.lexicon) !== JSON.stringify(this.settings.lexicon);
    const kindsChanged = JSON.stringify(next.kinds) !== JSON.stringify(this.settings.kinds);
    this.settings = next;
    this.t = translator(next.lang);
    if (kindsChanged) this.visible = { ...next.kinds };
    if (next.scope !== this.scope) {
      this.scope = next.scope;
      this.card = null;
    }
    if (lexiconChanged) {
      this.card = null;
      await this.read();
    } else this.draw();
  }

  /** Reads the page and draws it; `settingsLoaded` is awaited after the text is collected. */
  private async read(settingsLoaded: Promise<void> = Promise.resolve()): Promise<void> {
    // fallback marks split text nodes: read the page as it was
    if (!this.highlighter.native) this.withoutObserver(() => this.highlighter.unwrapAll());
    const generation = this.generation;
    let t0 = performance.now();
    this.lastRead = t0;
    this.ms.draft = 0;
    const page = await collectTextAsync(document.body, this.host);
    this.ms.collect = performance.now() - t0;
    await settingsLoaded;
    // turned off while the page was being read
    if (this.generation !== generation) return;
    this.reading = page;
    this.notChinese = !hasChinese(page.text);
    if (this.notChinese) {
      this.page = page;
      this.result = { articles: [] };
      this.marks = [];
      this.chromeMarks = [];
      this.draw();
      return;
    }
    t0 = performance.now();
    const { blocks, meta, kind } = pageHints(page);
    const options: ExtractOptions = { lexicon: this.settings.lexicon, date: meta?.date ?? pageDate(), headings: page.headings, blocks, meta, kind };
    const known = this.kept.get(page.text, options);
    if (known) {
      this.ms.extract = this.ms.engine = 0;
      this.ms.cached = 2;
      t0 = performance.now();
      this.page = page;
      this.result = known;
      this.marks = this.buildMarks(page, known);
      this.chromeMarks = this.buildChromeMarks(page, known);
      this.draw();
      this.ms.highlight = performance.now() - t0;
      return;
    }
    // from here the background reads the page, and keeps its result for the popup: the reader's own kept
    // one is forgotten until this read finishes, so the two never disagree
    this.kept.clear();
    const request: BackgroundRequest = { type: 'dj:extract', text: page.text, options };
    const current = () => this.reading === page && this.generation === generation;
    // ranges are made part by part as the parts arrive, each in its own task
    const marks: Mark[] = [];
    let marking = 0;
    const { result, timing } = await readThroughPort(request, {
      onPart: (articles) => {
        if (!current()) return;
        const m0 = performance.now();
        marks.push(...this.buildMarks(page, { articles }));
        marking += performance.now() - m0;
      },
      // a background still loading jieba answers first without it: drawn now, replaced by the full read
      onDraft: (draft) => {
        if (!current()) return;
        this.page = page;
        this.result = draft;
        this.marks = this.buildMarks(page, draft);
        this.chromeMarks = this.buildChromeMarks(page, draft);
        this.draw();
        this.ms.draft = performance.now() - t0;
      },
    });
    this.ms.extract = performance.now() - t0 - marking;
    this.ms.engine = timing.engineMs;
    this.ms.backgroundAge = timing.backgroundAge;
    this.ms.cached = timing.cached ? 1 : 0;
    // a newer read replaced this one, or the reader was turned off meanwhile
    if (!current()) return;
    // text and result change together, so a caller never sees new text with an old result
    this.page = page;
    // a page read in chunks comes back without its kind: it is the one the page reader gave
    this.result = result.kind || !kind ? result : { ...result, kind };
    this.kept.set(page.text, options, this.result);
    t0 = performance.now();
    this.marks = marks;
    this.chromeMarks = this.buildChromeMarks(page, result);
    this.draw();
    this.ms.highlight = performance.now() - t0 + marking;
  }

  private buildMarks(page: PageText, result: PageResult): Mark[] {
    const factAt = new Map<number, Fact>();
    for (const a of result.articles) for (const f of a.facts) factAt.set(f.figure.start, f);
    const marks: Mark[] = [];
    for (const a of result.articles)
      for (const e of a.entities) {
        if (e.type === 'time') continue;
        const range = rangeFor(page, e.start, e.end);
        if (range) marks.push({ entity: e, range, fact: e.type === 'figure' ? factAt.get(e.start) : undefined });
      }
    return marks;
  }

  /** Marks for the entities found in chrome: never facts, drawn only in the whole-page scope. */
  private buildChromeMarks(page: PageText, result: PageResult): Mark[] {
    const marks: Mark[] = [];
    for (const e of result.chrome ?? []) {
      if (e.type === 'time') continue;
      const range = rangeFor(page, e.start, e.end);
      if (range) marks.push({ entity: e, range });
    }
    return marks;
  }

  /** The marks drawn in the current scope, in text order (kept until the marks or the scope change). */
  private drawn(): Mark[] {
    const s = this.shown;
    if (s && s.marks === this.marks && s.chrome === this.chromeMarks && s.scope === this.scope) return s.list;
    const list = marksInScope(this.marks, this.chromeMarks, this.scope);
    this.shown = { marks: this.marks, chrome: this.chromeMarks, scope: this.scope, list };
    return list;
  }

  /** The legend's story/whole-page toggle: drawn at once, and kept as the setting for the next pages. */
  private toggleScope(): void {
    this.scope = otherScope(this.scope);
    if (this.card && !this.drawn().some((m) => m.entity === this.card!.entity)) this.card = null;
    this.draw();
    this.settings = { ...this.settings, scope: this.scope };
    void saveSettings(this.settings).catch((e: unknown) => console.warn('Dianjing: saving the highlight scope failed', e));
  }

  /** Draws highlights for the visible kinds and renders the legend and card. */
  private draw(): void {
    if (this.page) this.highlighter.adoptIn(this.page.shadowRoots);
    this.watchShadowRoots();
    this.highlighter.install(highlightCss(this.settings));
    if (this.highlighter.native) {
      const drawn = this.drawn();
      for (const k of SHOWN) this.highlighter.draw(k, this.visible[k] ? drawn.filter((m) => m.entity.type === k).map((m) => m.range) : []);
      const active = this.card ? drawn.find((m) => m.entity.start === this.card!.entity.start && m.entity.type === this.card!.entity.type) : null;
      this.highlighter.draw('active', active ? [active.range] : []);
    } else this.withoutObserver(() => this.wrapMarks());
    this.renderUi();
  }

  /** Fallback drawing: <dj-mark> elements, each knowing its mark; ranges then span the elements. */
  private wrapMarks(): void {
    const page = this.page;
    if (!page) return;
    const items = this.visibleMarks().map((m) => ({
      kind: m.entity.type as Kind,
      start: m.entity.start,
      end: m.entity.end,
      range: () => rangeFor(page, m.entity.start, m.entity.end),
      key: m,
    }));
    this.markOf = this.highlighter.wrapAll(items);
    const elements = new Map<Mark, Element[]>();
    for (const [el, m] of this.markOf) elements.set(m, [...(elements.get(m) ?? []), el]);
    for (const [m, els] of elements) {
      const r = document.createRange();
      r.setStartBefore(els[0]);
      r.setEndAfter(els[els.length - 1]);
      m.range = r;
    }
  }

  private withoutObserver(fn: () => void): void {
    fn();
    this.observer?.takeRecords(); // our own changes are not the page's
  }

  private counts(): Record<Kind, number> {
    const c = { place: 0, program: 0, figure: 0 };
    for (const m of this.drawn()) c[m.entity.type as Kind]++;
    return c;
  }

  private ensureHost(): HTMLElement {
    if (this.host && this.mount) {
      if (this.hostOut) document.documentElement.appendChild(this.host);
      this.hostOut = false;
      return this.mount;
    }
    const { host, shadow } = makeHost();
    // kept out of <body> so the page's own markup stays as it was
    document.documentElement.appendChild(host);
    this.shadowSheet = new CSSStyleSheet();
    shadow.adoptedStyleSheets = [this.shadowSheet];
    const mount = document.createElement('div');
    shadow.appendChild(mount);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private renderUi(): void {
    const mount = this.ensureHost();
    const css = overlayCss(this.settings);
    if (css !== this.shadowCss) this.shadowSheet!.replaceSync(css);
    this.shadowCss = css;
    render(
      <Overlay
        t={this.t}
        counts={this.counts()}
        visible={this.visible}
        scope={this.scope}
        card={this.card}
        onToggleKind={(k) => {
          this.visible[k] = !this.visible[k];
          if (this.card && this.card.entity.type === k) this.card = null;
          this.draw();
        }}
        onToggleScope={() => this.toggleScope()}
        onStep={(d) => this.step(d)}
        onMention={(d) => this.mention(d)}
        onOff={() => this.off()}
        onCloseCard={() => this.closeCard(true)}
        onCopy={(text) => copyText(text, this.mount!)}
      />,
      mount,
    );
  }

  private visibleMarks(): Mark[] {
    return this.drawn().filter((m) => this.visible[m.entity.type as Kind]);
  }

  /** Keyboard path: the legend's next/previous walks the highlighted mentions in text order. */
  private step(dir: 1 | -1): void {
    const list = this.visibleMarks();
    if (!list.length) return;
    const at = this.card ? list.findIndex((m) => m.entity.start === this.card!.entity.start && m.entity.type === this.card!.entity.type) : -1;
    const next = at < 0 ? (dir > 0 ? 0 : list.length - 1) : (at + dir + list.length) % list.length;
    this.openCard(list[next], true);
  }

  /** Moves to the previous/next mention of the same place, program or figure. */
  private mention(dir: 1 | -1): void {
    if (!this.card) return;
    const key = mentionKey(this.card.entity);
    const same = this.drawn().filter((m) => mentionKey(m.entity) === key);
    const at = same.findIndex((m) => m.entity.start === this.card!.entity.start);
    if (same.length < 2) return;
    this.openCard(same[(at + dir + same.length) % same.length], true);
  }

  openCard(mark: Mark, scroll: boolean): void {
    if (scroll) scrollToRange(mark.range);
    const key = mentionKey(mark.entity);
    const same = this.drawn().filter((m) => mentionKey(m.entity) === key);
    const rect = mark.range.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - 360)) + window.scrollX;
    this.card = {
      entity: mark.entity,
      fact: mark.fact,
      sentence: mark.fact ? mark.fact.sentence.text.replace(/\s+/g, ' ').trim() : this.sentenceAround(mark.entity.start, mark.entity.end),
      k: same.indexOf(mark) + 1,
      n: same.length,
      top: rect.bottom + window.scrollY + 6,
      left,
    };
    this.draw();
  }

  private closeCard(focusLegend: boolean): void {
    if (!this.card) return;
    this.card = null;
    this.draw();
    if (focusLegend) (this.mount?.querySelector('.legend .next') as HTMLElement | null)?.focus();
  }

  private sentenceAround(start: number, end: number): string {
    const text = this.page?.text ?? '';
    let a = start;
    while (a > 0 && !/[。！？!?\n]/.test(text[a - 1])) a--;
    let b = end;
    while (b < text.length && !/[。！？!?\n]/.test(text[b])) b++;
    if (b < text.length && text[b] !== '\n') b++;
    return text.slice(a, b).replace(/\s+/g, ' ').trim();
  }

  /** A click on highlighted text opens its card: the point is tested against the ranges. */
  handleClick = (ev: MouseEvent): void => {
    if (!this.on || !this.page || ev.button !== 0) return;
    if (this.host && ev.composedPath().includes(this.host)) return;
    if (!this.highlighter.native) {
      const el = (ev.target as Element | null)?.closest?.('dj-mark');
      const mark = el ? this.markOf.get(el) : undefined;
      if (mark) this.openCard(mark, false);
      else this.closeCard(false);
      return;
    }
    const pos = caretAt(ev.clientX, ev.clientY);
    if (!pos) {
      this.closeCard(false);
      return;
    }
    const offset = offsetAt(this.page, pos.node, pos.offset);
    const hits = this.visibleMarks().filter(
      (m) => m.entity.start <= offset && offset <= m.entity.end && rectsContain(m.range, ev.clientX, ev.clientY),
    );
    if (!hits.length) {
      this.closeCard(false);
      return;
    }
    // the innermost span wins (a figure inside a program's name)
    hits.sort((a, b) => a.entity.end - a.entity.start - (b.entity.end - b.entity.start));
    this.openCard(hits[0], false);
  };

  handleKey = (ev: KeyboardEvent): void => {
    if (ev.key === 'Escape' && this.card) this.closeCard(true);
  };

  /** Scrolls to text[start, end) and flashes it (from the popup's fact list). */
  reveal(start: number, end: number): boolean {
    if (!this.page) return false;
    const mark = this.drawn().find((m) => m.entity.start === start && m.entity.end === end);
    const range = this.highlighter.native ? rangeFor(this.page, start, end) : mark?.range;
    if (!range) return false;
    scrollToRange(range);
    this.highlighter.draw('flash', [range]);
    setTimeout(() => this.highlighter.clear('flash'), 1500);
    if (mark) this.openCard(mark, false);
    return true;
  }

  /** Changes inside shadow trees do not reach an observer of the body: each open root read is watched too. */
  private watchShadowRoots(): void {
    for (const root of this.page?.shadowRoots ?? []) this.observer?.observe(root, WATCHED);
  }

  /** Late-loaded or changed text is read again, after the page settles. */
  private observe(): void {
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => this.host && (r.target === this.host || this.host.contains(r.target)))) return;
      clearTimeout(this.timer);
      // debounced (400 ms of quiet), but no later than 2 s after the first change, so a page
      // that never stops changing (tickers, apps re-rendering) is still followed; and at
      // most one read per 2 s
      const now = performance.now();
      if (!this.firstChange) this.firstChange = now;
      const at = Math.max(Math.min(now + 400, this.firstChange + 2000), this.lastRead + 2000);
      this.timer = setTimeout(() => {
        this.firstChange = 0;
        void this.refresh();
      }, at - now);
    });
    this.observer.observe(document.body, WATCHED);
    this.watchShadowRoots();
  }

  private async refresh(): Promise<void> {
    if (!this.on) return;
    if (!this.highlighter.native) this.withoutObserver(() => this.highlighter.unwrapAll());
    const before = this.page?.text;
    const again = collectText(document.body, this.host);
    if (again.text === before) {
      // same text, new nodes: only the ranges need rebuilding
      if (this.result) {
        this.page = again;
        this.marks = this.buildMarks(again, this.result);
        this.chromeMarks = this.buildChromeMarks(again, this.result);
        this.draw();
      }
      return;
    }
    this.card = null;
    await this.read().catch((e: unknown) => console.warn('Dianjing: re-reading the page failed', e));
  }

  off(): void {
    this.on = false;
    this.generation++;
    const unwatch = this.unwatch;
    this.unwatch = null;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.firstChange = 0;
    this.card = null;
    this.highlighter.uninstall();
    this.host?.remove();
    this.hostOut = !!this.host;
    this.marks = [];
    this.chromeMarks = [];
    this.shown = null;
    this.markOf.clear();
    this.page = this.reading = null;
    this.result = null;
    try {
      unwatch?.();
    } catch {
      // the extension was reloaded or removed: its storage listener is gone with it
    }
  }

  /**
   * What the reader shows. A reply to run/toggle/off carries the result only when it is small: cloning a
   * huge one would hold the page's main thread (the popup takes those from the background).
   */
  state(withText: boolean, wholeResult = withText): ReaderState {
    const entities = this.result?.articles.reduce((n, a) => n + a.entities.length, 0) ?? 0;
    const carry = wholeResult || entities <= SMALL_RESULT;
    return {
      on: this.on,
      url: location.href,
      title: document.title,
      notChinese: this.notChinese,
      result: carry ? this.result : null,
      ...(carry ? {} : { resultElsewhere: true }),
      counts: this.counts(),
      text: withText ? this.page?.text : undefined,
      // what the page reader told the engine beside the text, so a test can read the same text the same way
      read: withText && this.page ? pageHints(this.page) : undefined,
      ms: this.ms,
    };
  }

  /** run(), then, when it turned the highlights on, a chance for the page to paint them before the reply is cloned. */
  private async runAndPaint(): Promise<void> {
    const wasOn = this.on;
    await this.run();
    if (!wasOn && this.on) await paintFirst();
  }

  async handle(msg: ReaderRequest): Promise<unknown> {
    switch (msg.type) {
      case 'dj:run':
        await this.runAndPaint();
        return this.state(false);
      case 'dj:toggle':
        // a second press while the first read still runs turns it off too
        if (this.on || this.running) this.off();
        else await this.runAndPaint();
        return this.state(false);
      case 'dj:off':
        this.off();
        return this.state(false);
      case 'dj:reveal':
        return this.reveal(msg.start, msg.end);
      case 'dj:state':
        return this.state(true);
    }
  }
}

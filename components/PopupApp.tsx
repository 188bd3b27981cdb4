// The toolbar popup: injects the reader into the tab, then lists what it found as the kind of
// page says (one story, many stories, or no story: by section), with facts, copy-out and download.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { articleTitle } from '../lib/export';
import type { ArticleResult, Fact } from '../lib/types';
import { originPattern } from './always-on';
import { COPY_FORMATS, copySelection, downloadSelection, wholePage, type CopyFormat, type Selection } from './copy-out';
import { figureValue, oneLine, placeChain, sourceLabel } from './describe';
import { resolveLang, translator, type Translate } from './i18n';
import { cannotRunOn, type PageResult, type ReaderRequest, type ReaderState, type ResultRequest, type SegmenterRequest, type SegmenterStatus } from './messages';
import { popupView, found, type Chip, type Section } from './popup-view';
import { askReader, ReaderNotInjected } from './reader-tab';
import { loadSettings, saveSettings, type Settings } from './settings';

type Phase = { kind: 'processing' } | { kind: 'cannot' } | { kind: 'failed'; error: string } | { kind: 'ready'; state: ReaderState };

async function targetTab(): Promise<{ id: number; url?: string }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return { id: tab.id!, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab.id!, url: tab.url };
}

type Send = (tabId: number, msg: ReaderRequest) => Promise<unknown>;
const toReader: Send = (tabId, msg) => browser.tabs.sendMessage(tabId, msg);

/** Asks the tab's reader (through `send`: askReader injects one where there is none) and takes a large result from the background. */
async function ask(tabId: number, msg: ReaderRequest, send: Send = toReader): Promise<ReaderState> {
  const state = (await send(tabId, msg)) as ReaderState | { error: string } | undefined;
  if (!state || typeof state !== 'object') throw new Error('no answer from the page');
  if ('error' in state) throw new Error(state.error);
  if (!state.resultElsewhere) return state;
  // a large result stays out of the page's reply: the background that read it keeps a copy
  const kept = (await browser.runtime.sendMessage({ type: 'dj:result', tabId } satisfies ResultRequest)) as PageResult | null;
  return { ...state, result: kept ?? (await ask(tabId, { type: 'dj:state' })).result };
}

export function PopupApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'processing' });
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [format, setFormat] = useState<CopyFormat>('md');
  const [flash, setFlash] = useState('');
  const [progress, setProgress] = useState(0);
  const [segmenter, setSegmenter] = useState<SegmenterStatus>({ failed: false });

  useEffect(() => {
    const onProgress = (msg: unknown) => {
      const m = msg as { type?: string; done: number; total: number };
      if (m?.type === 'dj:progress') setProgress(m.done / m.total);
    };
    browser.runtime.onMessage.addListener(onProgress);
    return () => browser.runtime.onMessage.removeListener(onProgress);
  }, []);

  useEffect(() => {
    void (async () => {
      const s = await loadSettings();
      setSettings(s);
      document.documentElement.lang = resolveLang(s.lang);
      const target = await targetTab().catch(() => null);
      if (!target) return setPhase({ kind: 'cannot' });
      setTab(target);
      if (cannotRunOn(target.url)) return setPhase({ kind: 'cannot' });
      try {
        // injected only when the tab has no reader yet: a second read pays no injection, and no round trip to ask
        setPhase({ kind: 'ready', state: await ask(target.id, { type: 'dj:run' }, (id, m) => askReader(id, m)) });
        const status = (await browser.runtime.sendMessage({ type: 'dj:segmenter' } satisfies SegmenterRequest).catch(() => null)) as SegmenterStatus | null;
        if (status) setSegmenter(status);
      } catch (e) {
        if (e instanceof ReaderNotInjected) return setPhase({ kind: 'cannot' });
        setPhase({ kind: 'failed', error: String((e as Error).message ?? e) });
      }
    })();
  }, []);

  if (!settings) return null;
  const t = translator(settings.lang);

  const say = (msg: string) => {
    setFlash(msg);
    setTimeout(() => setFlash(''), 1500);
  };
  const copy = async (sel: Selection) => {
    await copySelection(sel, format);
    say(t('copied'));
  };

  let body;
  if (phase.kind === 'processing')
    body = (
      <p class="status processing" role="status">
        {t('processing')} {progress > 0 ? <progress value={progress} max={1} /> : <progress />}
      </p>
    );
  else if (phase.kind === 'cannot') body = <p class="status cannot">{t('cannotRun')}</p>;
  else if (phase.kind === 'failed') body = <p class="status failed">{t('failed') + phase.error}</p>;
  else {
    const { state } = phase;
    const result = state.result;
    if (state.notChinese || !result || !result.articles.length) body = <p class="status no-chinese">{t('noChinese')}</p>;
    else {
      const page = wholePage(state.url, state.title, result);
      const view = popupView(result);
      const reveal = (s: number, e: number) => void browser.tabs.sendMessage(tab!.id, { type: 'dj:reveal', start: s, end: e } satisfies ReaderRequest);
      const name = `dianjing-${new URL(state.url).hostname || 'page'}`;
      body = (
        <>
          <div class="toolbar">
            <label>
              {t('format')}{' '}
              <select class="format" value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as CopyFormat)}>
                {COPY_FORMATS.map((f) => (
                  <option value={f}>{f === 'md' ? 'Markdown' : f.toUpperCase()}</option>
                ))}
              </select>
            </label>
            <button class="copy-page" onClick={() => copy(page)}>{t('copyPage')}</button>
            <button class="download" onClick={() => downloadSelection(page, format, name)}>{t('download')}</button>
            <button
              class="toggle"
              onClick={async () => setPhase({ kind: 'ready', state: await ask(tab!.id, { type: state.on ? 'dj:off' : 'dj:run' }) })}
            >
              {state.on ? t('turnOff') : t('turnOn')}
            </button>
          </div>
          {segmenter.failed && (
            <p class="notice no-segmenter" role="status">
              {t('noSegmenter')}
              <span class="reason">{segmenter.reason}</span>
            </p>
          )}
          {view.show === 'sections' ? (
            <>
              <p class="status no-story" role="status">{t('noStory')}</p>
              <ol class="sections">
                {view.sections.map((s) => (
                  <SectionItem t={t} section={s} onReveal={reveal} />
                ))}
              </ol>
            </>
          ) : (
            <>
              {view.kind === 'stories' && <p class="stories-count">{t('manyStories', { n: view.articles.filter((a) => !a.caption).length })}</p>}
              <ol class={`articles${view.kind ? ` kind-${view.kind}` : ''}`}>
                {view.articles.map((a) => (
                  <ArticleItem t={t} article={a} onCopy={(facts) => copy({ ...page, parts: [{ article: a, facts }] })} onReveal={reveal} />
                ))}
              </ol>
            </>
          )}
        </>
      );
    }
  }

  return (
    <main>
      <header>
        <h1>{t('appName')}</h1>
        <span class="flash" role="status" aria-live="polite">{flash}</span>
        {tab?.url && !cannotRunOn(tab.url) && <AlwaysOn t={t} url={tab.url} settings={settings} onChange={setSettings} />}
        <a class="options-link" href="#" onClick={(e) => (e.preventDefault(), browser.runtime.openOptionsPage())}>{t('options')}</a>
      </header>
      {body}
    </main>
  );
}

/** Buttons for what was found, each revealing its first mention on the page. */
function Chips({ kind, chips, onReveal }: { kind: 'place' | 'program' | 'figure'; chips: Chip[]; onReveal(start: number, end: number): void }) {
  return (
    <>
      {chips.map((c) => (
        <button class={`chip chip-${kind}`} onClick={() => onReveal(c.start, c.end)}>{c.n > 1 ? `${c.label} ×${c.n}` : c.label}</button>
      ))}
    </>
  );
}

/** A section of a page that is no story: its title and what it names, with no fact table. */
function SectionItem({ t, section, onReveal }: { t: Translate; section: Section; onReveal(start: number, end: number): void }) {
  const { places, programs, figures } = section;
  return (
    <li class="section" data-index={section.index}>
      <strong class="section-title">{section.title ?? `${t('section')} ${section.index + 1}`}</strong>
      {places.length + programs.length + figures.length > 0 && (
        <div class="chips">
          <Chips kind="place" chips={places} onReveal={onReveal} />
          <Chips kind="program" chips={programs} onReveal={onReveal} />
          <Chips kind="figure" chips={figures} onReveal={onReveal} />
        </div>
      )}
    </li>
  );
}

/** A fact's place or time, and below it where it came from (its sentence, or the article). */
function Sourced({ value, from, t }: { value: string; from: Fact['placeFrom']; t: Translate }) {
  const label = value ? sourceLabel(from, t) : '';
  return (
    <>
      <span class="value">{value}</span>
      {label && <small class={`from from-${from}`}>{label}</small>}
    </>
  );
}

function ArticleItem({ t, article, onCopy, onReveal }: { t: Translate; article: ArticleResult; onCopy(facts: Fact[]): void; onReveal(start: number, end: number): void }) {
  const { places, programs } = found(article.entities);
  return (
    <li class={article.caption ? 'article caption' : 'article'} data-index={article.index}>
      <div class="article-head">
        <strong class="headline">{articleTitle(article, article.index)}</strong>
        <button class="copy-article" onClick={() => onCopy(article.facts)} disabled={!article.facts.length}>{t('copyArticle')}</button>
      </div>
      {(article.byline || article.date) && (
        <div class="meta">
          {article.byline && <span class="byline">{oneLine(article.byline.text)}</span>} {article.date && <span class="date">{article.date}</span>}
        </div>
      )}
      {article.facts.length > 0 && (
        <table class="facts">
          <tbody>
            {article.facts.map((f) => (
              <tr class="fact" tabIndex={0} onClick={() => onReveal(f.figure.start, f.figure.end)} onKeyDown={(e) => e.key === 'Enter' && onReveal(f.figure.start, f.figure.end)}>
                <td class="figure" title={figureValue(f.figure)}>{oneLine(f.figure.text)}</td>
                <td class="subject">{f.subject ?? ''}</td>
                <td class="place" title={f.place ? placeChain(f.place) : ''}>
                  <Sourced t={t} value={f.place ? f.place.name ?? oneLine(f.place.text) : ''} from={f.placeFrom} />
                </td>
                <td class="time">
                  <Sourced t={t} value={f.time ? oneLine(f.time.text) : ''} from={f.timeFrom} />
                </td>
                <td>
                  <button class="copy-fact" onClick={(e) => (e.stopPropagation(), onCopy([f]))}>{t('copyFact')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(places.length > 0 || programs.length > 0) && (
        <div class="chips">
          <Chips kind="place" chips={places} onReveal={onReveal} />
          <Chips kind="program" chips={programs} onReveal={onReveal} />
        </div>
      )}
    </li>
  );
}

function AlwaysOn({ t, url, settings, onChange }: { t: Translate; url: string; settings: Settings; onChange(s: Settings): void }) {
  const origin = new URL(url).origin;
  const on = settings.sites.includes(origin);
  return (
    <label class="always-on">
      <input
        type="checkbox"
        checked={on}
        onChange={async (e) => {
          const want = (e.target as HTMLInputElement).checked;
          // the permission prompt needs this click, so ask before anything async
          const granted = want ? await browser.permissions.request({ origins: [originPattern(origin)] }) : true;
          if (!granted) {
            (e.target as HTMLInputElement).checked = false;
            return;
          }
          const next = { ...settings, sites: want ? [...settings.sites, origin] : settings.sites.filter((s) => s !== origin) };
          await saveSettings(next);
          onChange(next);
        }}
      />{' '}
      {t('alwaysOn')}
    </label>
  );
}

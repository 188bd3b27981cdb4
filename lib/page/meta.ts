// What a page says of itself in its markup: og:*, article:*, JSON-LD NewsArticle, itemprop, <time>,
// and <title> less the site's name. Read with standard DOM calls only (querySelectorAll, getAttribute).
import type { PageMeta } from '../types';
import { AUTHOR_WORDS, classWords } from './line-signs';

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;

/** A date in any of the shapes pages use (2024-03-05T08:00+08:00, 2024/3/5, 2024年3月5日) as YYYY-MM-DD, or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!m) return yearLast(value);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A date in a page's address (/2022-02/12/node_6.htm, /20220212/, /2022/02/12/): news sites and e-paper
// editions file their pages by day. Digits on either side would make it part of a longer number (an id).
const URL_DATE = /(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/;

/** The date a page's address files it under, as YYYY-MM-DD, or undefined. */
export function urlDate(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  let path = url;
  try {
    path = new URL(url, 'http://x/').pathname; // the host and query hold no filing date (and ids look like dates)
  } catch {
    // a relative or broken address: read it as written
  }
  const m = URL_DATE.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

// A date with the year last (7/5/2005, 9/17/2004): read day first, as the engine's web dates are, unless the
// first number cannot be a month… then the second cannot be a day.
const YEAR_LAST = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/;

function yearLast(value: string): string | undefined {
  const m = YEAR_LAST.exec(value);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [day, month] = a > 12 || b <= 12 ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The elements metadata can come from, found in one pass over the document (each selector look-up is a pass). */
interface Sources {
  metas: Element[];
  ld: Element[];
  title?: Element;
  itemprops: Element[];
  time?: Element;
  canonical?: Element;
  /** Elements whose class or id says they hold the writer (class="author", id="byline"). */
  authorBoxes: Element[];
}

function gather(doc: Document): Sources {
  const out: Sources = { metas: [], ld: [], itemprops: [], authorBoxes: [] };
  for (const el of Array.from(doc.querySelectorAll('meta, title, script[type="application/ld+json"], [itemprop], time[datetime], link[rel="canonical"], [class*="author" i], [class*="byline" i], [class*="writer" i], [class*="zuozhe" i], [id*="author" i]'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') out.metas.push(el);
    else if (tag === 'TITLE') out.title ??= el;
    else if (tag === 'SCRIPT') out.ld.push(el);
    else if (tag === 'LINK') out.canonical ??= el;
    else if (AUTHOR_WORDS.test(classWords(el))) out.authorBoxes.push(el);
    if (el.hasAttribute('itemprop')) out.itemprops.push(el);
    if (tag === 'TIME' && el.hasAttribute('datetime')) out.time ??= el;
  }
  return out;
}

/** A <meta>'s content by its property or name (case-insensitive for name, as pages write PubDate and pubdate). */
function content(src: Sources, key: string): string | undefined {
  const k = key.toLowerCase();
  for (const m of src.metas) {
    const which = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    if (which?.toLowerCase() === k) return m.getAttribute('content')?.trim() || undefined;
  }
  return undefined;
}

/** The objects of the page's JSON-LD scripts (one level of @graph unwrapped); malformed ones are skipped. */
function jsonLd(src: Sources): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of src.ld) {
    try {
      const data = JSON.parse(s.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data]) {
        if (item && typeof item === 'object') {
          out.push(item);
          if (Array.isArray(item['@graph'])) out.push(...item['@graph'].filter((g: unknown) => g && typeof g === 'object'));
        }
      }
    } catch {
      // a page's broken JSON-LD says nothing
    }
  }
  return out;
}

const nameOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join('、') || undefined;
  if (v && typeof v === 'object' && 'name' in v) return nameOf((v as { name: unknown }).name);
  return undefined;
};

// A title's site part sits after (or before) one of these separators: 标题_新华网, 标题 - 人民网, 新浪网 | 标题.
const TITLE_SEPARATORS = /\s*(?:[|_–—]|\s-\s|--|－)\s*/;

/** The <title> less the site's name: the longest part between separators. */
export function titleHeadline(title: string): { headline: string; site?: string } {
  const parts = title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return { headline: title.trim() };
  let best = 0;
  for (let i = 1; i < parts.length; i++) if (parts[i].length > parts[best].length) best = i;
  return { headline: parts[best], site: parts[best === 0 ? parts.length - 1 : 0] };
}

// An "author" that is the site, its software or its company, not a writer: a web address, a team, a
// network, a company, a wiki's contributors. Pages put these in meta name=author.
const NOT_A_WRITER = /\.(?:com|cn|net|org)\b|www\.|https?:|\bteam\b|powered|\binc\b|\bltd\b|网络|网站|公司|集团|工作室|贡献者|编辑部|^(?:admin|administrator|webmaster|佚名|未知|匿名)$/i;

/** The page's author metadata when it names a writer, not the site (its name, address, software or company). */
function writerOnly(name: string | undefined, site: string | undefined): string | undefined {
  if (!name || NOT_A_WRITER.test(name)) return undefined;
  if (site && (name === site || (name.length >= 4 && site.includes(name)))) return undefined;
  return name;
}

export function readMeta(doc: Document): PageMeta & { title?: string; ogType?: string } {
  const src = gather(doc);
  const meta: PageMeta & { title?: string; ogType?: string } = {};
  for (const item of jsonLd(src)) {
    const type = item['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
    meta.headline ??= nameOf(item.headline) ?? nameOf(item.name);
    meta.byline ??= nameOf(item.author);
    meta.date ??= isoDate(nameOf(item.datePublished));
    meta.siteName ??= nameOf(item.publisher);
  }
  const title = src.title?.textContent?.replace(/\s+/g, ' ').trim();
  if (title) meta.title = title;
  meta.headline ??= content(src, 'og:title');
  meta.siteName ??= content(src, 'og:site_name');
  meta.ogType = content(src, 'og:type');
  const published = src.itemprops.find((el) => el.getAttribute('itemprop') === 'datePublished' && el.tagName.toUpperCase() !== 'META');
  meta.date ??=
    isoDate(content(src, 'article:published_time')) ??
    isoDate(content(src, 'datePublished')) ??
    isoDate(published?.getAttribute('datetime')) ??
    isoDate(published?.textContent) ??
    isoDate(content(src, 'publishdate') ?? content(src, 'pubdate')) ??
    isoDate(src.time?.getAttribute('datetime')) ??
    // last, the day the page's address files it under (its own, its canonical or og:url): an e-paper page's edition
    urlDate(content(src, 'og:url')) ??
    urlDate(src.canonical?.getAttribute('href')) ??
    urlDate(doc.URL);
  const author = src.itemprops.find((el) => el.getAttribute('itemprop') === 'author');
  meta.byline ??= content(src, 'author') ?? (author?.textContent?.trim() || undefined);
  // a box the page's classes call the author's: its short text is the writer's name (or their credit line)
  for (const box of src.authorBoxes) {
    const t = box.textContent?.replace(/\s+/g, ' ').trim();
    if (t && t.length <= 40) {
      meta.byline ??= t;
      break;
    }
  }
  if (title) {
    const t = titleHeadline(title);
    meta.headline ??= t.headline;
    meta.siteName ??= t.site;
  }
  meta.byline = writerOnly(meta.byline, meta.siteName);
  if (!meta.byline) delete meta.byline;
  return meta;
}

// What a page says of itself in its markup: og:*, article:*, JSON-LD NewsArticle, itemprop, <time>,
// and <title> less the site's name. Read with standard DOM calls only (querySelectorAll, getAttribute).
import type { PageMeta } from '../types';

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;

/** A date in any of the shapes pages use (2024-03-05T08:00+08:00, 2024/3/5, 2024年3月5日) as YYYY-MM-DD, or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const content = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;

/** The objects of the page's JSON-LD scripts (one level of @graph unwrapped); malformed ones are skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
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

export function readMeta(doc: Document): PageMeta & { title?: string; ogType?: string } {
  const meta: PageMeta & { title?: string; ogType?: string } = {};
  for (const item of jsonLd(doc)) {
    const type = item['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
    meta.headline ??= nameOf(item.headline) ?? nameOf(item.name);
    meta.byline ??= nameOf(item.author);
    meta.date ??= isoDate(nameOf(item.datePublished));
    meta.siteName ??= nameOf(item.publisher);
  }
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (title) meta.title = title;
  meta.headline ??= content(doc, 'meta[property="og:title"]') ?? content(doc, 'meta[name="og:title"]');
  meta.siteName ??= content(doc, 'meta[property="og:site_name"]');
  meta.ogType = content(doc, 'meta[property="og:type"]');
  meta.date ??=
    isoDate(content(doc, 'meta[property="article:published_time"]')) ??
    isoDate(content(doc, 'meta[itemprop="datePublished"]')) ??
    isoDate(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')) ??
    isoDate(doc.querySelector('[itemprop="datePublished"]')?.textContent) ??
    isoDate(content(doc, 'meta[name="publishdate"]') ?? content(doc, 'meta[name="PubDate"]') ?? content(doc, 'meta[name="pubdate"]')) ??
    isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  meta.byline ??= content(doc, 'meta[name="author"]') ?? (doc.querySelector('[itemprop="author"]')?.textContent?.trim() || undefined);
  if (title) {
    const t = titleHeadline(title);
    meta.headline ??= t.headline;
    meta.siteName ??= t.site;
  }
  return meta;
}

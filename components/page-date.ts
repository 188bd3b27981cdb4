// The page's own publication date from its metadata, so the engine can resolve 今年 / 去年.

const META_NAMES = ['article:published_time', 'og:article:published_time', 'publishdate', 'pubdate', 'publish_date', 'publishtime', 'date', 'dc.date', 'dc.date.issued'];

/** ISO date (YYYY-MM-DD) from <meta> tags, or undefined. */
export function pageDate(doc: Document = document): string | undefined {
  for (const meta of doc.querySelectorAll('meta[name], meta[property]')) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    if (!META_NAMES.includes(key)) continue;
    const m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(meta.getAttribute('content') ?? '');
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return undefined;
}

// The element that holds the legend and the card in its shadow root, made so that the page
// cannot take it over: a page that defined a custom element of our name (its constructor would
// run, and may attach its own shadow root) gets a host under another name, and the page's CSS,
// even with !important, cannot hide, fade, shrink or move it.

const NAME = 'dianjing-reader';

// inline !important beats every author rule, !important ones included
// positioned at the page's origin: inserting it (and the legend in it) does not lay the whole
// document out again (measured: the frame's layout 6–15 → ~4 ms), and the card's page
// coordinates stay as they were
const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:absolute',
  'top:0',
  'left:0',
  'width:0',
  'height:0',
  'z-index:2147483647',
].map((d) => `${d}!important`).join(';');

function tryName(name: string): { host: HTMLElement; shadow: ShadowRoot } | null {
  const host = document.createElement(name);
  if (host.shadowRoot) return null; // upgraded by a page's element of that name
  try {
    const shadow = host.attachShadow({ mode: 'open' });
    host.style.cssText = HOST_STYLE;
    return { host, shadow };
  } catch {
    return null; // the page's element of that name forbids a shadow root
  }
}

/** A fresh host element with an open shadow root, not yet in the document. */
export function makeHost(): { host: HTMLElement; shadow: ShadowRoot } {
  return tryName(NAME) ?? tryName(`${NAME}-${Math.random().toString(36).slice(2, 10)}`) ?? tryName('div')!;
}

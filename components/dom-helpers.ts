// Small DOM helpers of the reader: hit-testing a point, scrolling to a range, copying.

export function scrollToRange(range: Range): void {
  const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
}

/** The text position under a point: caretPositionFromPoint where it exists, else WebKit's caretRangeFromPoint. */
export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Whether the point is on the range's text itself (a caret snaps to the nearest text otherwise). */
export function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

/** The async clipboard exists only in secure contexts; plain-http news sites get execCommand. */
export async function copyText(text: string, scratch: HTMLElement): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // fall through
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  scratch.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

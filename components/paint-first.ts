// A reply that carries a read's result is cloned at the end of the task that sends it: on the e-paper
// sample that clone took 2.6–4 ms, and it ran between drawing the highlights and the frame that paints
// them (traced in Chromium). Replying a task later lets that frame go first: the highlights show sooner,
// the popup gets the same reply a frame later.

/**
 * Resolves in a task of its own when the page is shown; at once when it is hidden, where no frame is painted
 * and a timer may wait up to a second (hidden pages' timers are throttled).
 */
export function paintFirst(doc: Pick<Document, 'visibilityState'> = document): Promise<void> {
  if (doc.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

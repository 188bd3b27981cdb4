// Cutting long loops into slices: a loop asks due() now and then and yields when its slice has run
// its time, so a page keeps its main thread while the reader works through a huge document.
export interface Slices {
  /** True once every 256 calls if the slice has run past its time; the caller yields, then calls restart(). */
  due(): boolean;
  /** True if the slice has run past its time (asks the clock at once: for the points between passes). */
  overdue(): boolean;
  restart(): void;
}

export function slices(now: () => number = () => performance.now(), sliceMs = 10): Slices {
  let start = now();
  let calls = 0;
  return {
    due: () => (++calls & 255) === 0 && now() - start > sliceMs,
    overdue: () => now() - start > sliceMs,
    restart: () => {
      start = now();
    },
  };
}

/** Runs a sliced generator to its end in one go. */
export function drain<T>(gen: Generator<void, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

// Offset maps between a text and a copy of it with characters left out: map[i] is the original
// offset of the copy's i-th character (one more entry for the end), so the map is increasing.

/** The copy's offset of an original offset: the first copied character at or after it (binary search). */
export function copyOffset(map: Int32Array, original: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Binary search: the first of `count` sorted positions where `isPast` turns true (`count` when it
 * never does). `isPast` must be false, then true, along the positions.
 */
export function firstPast(count: number, isPast: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

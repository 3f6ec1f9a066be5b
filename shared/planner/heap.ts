/**
 * The scheduler's queue of free bundles, keyed by rank (their place in the priority order): a set
 * of small distinct integers from which the least is taken. Ranks are dense (0..n-1), so a
 * two-level bitmap does it: one bit per rank, and a summary bit per word that has any set (5 KB
 * for 40,000 bundles). Taking the least scans the summary from the lowest word that may be set
 * and finds the lowest bits of two words; the binary heap it replaces compared ranks through a
 * rank array in its sift-down, a cache miss per level.
 */
export type RankQueue = {
  size: () => number;
  /** Adds `rank` (0..n-1); a rank already in the queue must not be added again. */
  push: (rank: number) => void;
  /** Removes and returns the least rank; -1 when empty. */
  pop: () => number;
};

/** Index of the lowest set bit of a non-zero 32-bit word. */
const lowestBit = (word: number): number => 31 - Math.clz32(word & -word);

/**
 * @param n ranks are 0..n-1
 */
export function createRankQueue(n: number): RankQueue {
  const words = new Int32Array(Math.max(1, (n + 31) >>> 5));
  const summary = new Int32Array((words.length + 31) >>> 5);
  let size = 0;
  // No summary word below `low` has a bit set: pops scan from there, pushes below move it down.
  let low = summary.length;
  const push = (rank: number): void => {
    const w = rank >>> 5;
    const s = w >>> 5;
    words[w]! |= 1 << (rank & 31);
    summary[s]! |= 1 << (w & 31);
    if (s < low) low = s;
    size++;
  };
  const pop = (): number => {
    if (size === 0) return -1;
    while (summary[low] === 0) low++;
    const top = summary[low]!;
    const w = (low << 5) + lowestBit(top);
    const word = words[w]!;
    // Clearing the lowest set bit: word & (word - 1).
    words[w] = word & (word - 1);
    if (words[w] === 0) summary[low] = top & (top - 1);
    size--;
    return (w << 5) + lowestBit(word);
  };
  return { size: () => size, push, pop };
}

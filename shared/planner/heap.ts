/** A binary min-heap of small integers ordered by a rank array (no objects, no closures per item). */
export type RankHeap = {
  size: () => number;
  push: (item: number) => void;
  /** Removes and returns the item of least rank; -1 when empty. */
  pop: () => number;
};

/**
 * @param capacity the largest number of items held at once
 * @param rank rank of each item (lower first); ranks must be distinct for a deterministic order
 */
export function createRankHeap(capacity: number, rank: Int32Array): RankHeap {
  const items = new Int32Array(Math.max(1, capacity));
  let size = 0;
  const push = (item: number): void => {
    let i = size++;
    const r = rank[item]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      if (rank[p]! <= r) break;
      items[i] = p;
      i = parent;
    }
    items[i] = item;
  };
  const pop = (): number => {
    if (size === 0) return -1;
    const top = items[0]!;
    const last = items[--size]!;
    const r = rank[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && rank[items[child + 1]!]! < rank[items[child]!]!) child++;
      if (rank[items[child]!]! >= r) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  };
  return { size: () => size, push, pop };
}

/**
 * Aho–Corasick automaton over compact alias keys: one pass over an asset's text finds every
 * alias, so classification cost does not grow with the size of the catalogue. Built iteratively
 * (breadth-first), no recursion.
 */

export type AliasHit = { alias: number; start: number; end: number };

export type Automaton = {
  /** Every (alias, start, end) found in `text`, end exclusive, in compact positions. */
  search: (text: string) => AliasHit[];
};

/**
 * @param keys compact alias keys; the index of a key is the alias number reported in hits
 * @returns the automaton
 */
export function buildAutomaton(keys: readonly string[]): Automaton {
  const next: Map<string, number>[] = [new Map<string, number>()];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  keys.forEach((key, alias) => {
    if (key.length === 0) return;
    let node = 0;
    for (const ch of key) {
      let child = next[node]!.get(ch);
      if (child === undefined) {
        child = next.length;
        next.push(new Map<string, number>());
        fail.push(0);
        out.push([]);
        next[node]!.set(ch, child);
      }
      node = child;
    }
    out[node]!.push(alias);
  });
  const queue: number[] = [];
  for (const child of next[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [ch, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(ch)) f = fail[f]!;
      const target = next[f]!.get(ch);
      fail[child] = target !== undefined && target !== child ? target : 0;
      out[child] = [...out[child]!, ...out[fail[child]]!];
      queue.push(child);
    }
  }
  const lengths = keys.map((key) => [...key].length);
  return {
    search(text) {
      const hits: AliasHit[] = [];
      let node = 0;
      let index = 0;
      for (const ch of text) {
        while (node !== 0 && !next[node]!.has(ch)) node = fail[node]!;
        node = next[node]!.get(ch) ?? 0;
        index++;
        for (const alias of out[node]!) hits.push({ alias, start: index - lengths[alias]!, end: index });
      }
      return hits;
    },
  };
}

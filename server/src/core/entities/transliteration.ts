/**
 * Spelling skeletons for names romanized in different systems. Each pair in
 * server/data/transliteration.yaml says two letter groups can stand for the
 * same sound (g/h in Kharkov/Kharkiv-style pairs, ie/yi, ss/s in
 * Odessa/Odesa). Letter groups linked by pairs form one class, and a
 * skeleton writes each class as one symbol: names with equal skeletons are
 * candidates for being one name spelled two ways.
 */

export class Transliteration {
  /** Letter groups, longest first, with the class symbol each maps to. */
  private readonly groups: { text: string; symbol: string }[];

  constructor(pairs: readonly (readonly [string, string])[]) {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let p = parent.get(x) ?? x;
      if (p !== x) {
        p = find(p);
        parent.set(x, p);
      }
      return p;
    };
    for (const [a, b] of pairs) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(ra, rb);
    }
    const symbols = new Map<string, string>();
    const groups: { text: string; symbol: string }[] = [];
    for (const [a, b] of pairs) {
      for (const text of [a, b]) {
        const root = find(text);
        let symbol = symbols.get(root);
        if (!symbol) {
          // Private-use characters cannot clash with letters in names.
          symbol = String.fromCharCode(0xe000 + symbols.size);
          symbols.set(root, symbol);
        }
        if (!groups.some((g) => g.text === text)) groups.push({ text, symbol });
      }
    }
    this.groups = groups.sort((x, y) => y.text.length - x.text.length);
  }

  /** Skeleton of a folded name key. */
  skeleton(key: string): string {
    let out = '';
    let last = '';
    for (let i = 0; i < key.length; ) {
      let matched = false;
      for (const g of this.groups) {
        if (key.startsWith(g.text, i)) {
          if (g.symbol !== last) out += g.symbol;
          last = g.symbol;
          i += g.text.length;
          matched = true;
          break;
        }
      }
      if (!matched) {
        const c = key[i]!;
        if (c !== last) out += c;
        last = c;
        i++;
      }
    }
    return out;
  }
}

/**
 * True if `from` becomes `to` by replacing letter groups as the alternations
 * say (each alternation: `variant` letters become `preferred` letters), at
 * most `maxSteps` replacements. Used to read a house-style rule such as
 * "a national romanization: g becomes h, ie becomes yi".
 */
export function rewritesTo(from: string, to: string, alternations: readonly { variant: string; preferred: string }[], maxSteps = 4): boolean {
  if (from === to) return false;
  const seen = new Set([from]);
  let frontier = [from];
  for (let step = 0; step < maxSteps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const s of frontier) {
      for (const { variant, preferred } of alternations) {
        for (let i = s.indexOf(variant); i !== -1; i = s.indexOf(variant, i + 1)) {
          const r = s.slice(0, i) + preferred + s.slice(i + variant.length);
          if (r === to) return true;
          // Only keep strings that still share a prefix with the target: a cheap bound.
          if (!seen.has(r) && r.length <= to.length + 4 && seen.size < 5000) {
            seen.add(r);
            next.push(r);
          }
        }
      }
    }
    frontier = next;
  }
  return false;
}

/** Damerau-Levenshtein distance with a cap (returns cap + 1 when above). */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = a.length;
  const m = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]!;
}

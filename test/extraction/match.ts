// Text matching between gold labels and predicted asks, the same rules as shared/eval/score-asks.mjs:
// NFKC + lowercase + collapsed whitespace + punctuation stripped at both ends; a prediction matches a
// label of the same kind when their token sets have Jaccard >= 0.5 or one token run contains the
// other; each label and each prediction is used once (maximum matching, best Jaccard tried first).

export const JACCARD_MIN = 0.5;

const EDGE_PUNCT = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

export interface Comparable {
  readonly text: string;
  readonly kind: string;
}

export type MatchHow = 'jaccard' | 'contains';

export interface Comparison {
  readonly match: boolean;
  readonly score: number;
  readonly how: MatchHow | null;
}

export interface Pair {
  /** index of the gold label */
  readonly g: number;
  /** index of the prediction */
  readonly p: number;
  readonly how: MatchHow;
}

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').replace(EDGE_PUNCT, '');
}

export function tokens(text: string): string[] {
  return normalize(text).match(TOKEN) ?? [];
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 || B.size === 0) return 0;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter += 1;
  return inter / (A.size + B.size - inter);
}

/** True when the token run of one text appears, contiguous, inside the other. */
export function contains(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sa = ` ${a.join(' ')} `;
  const sb = ` ${b.join(' ')} `;
  return sa.includes(sb) || sb.includes(sa);
}

export function compare(goldText: string, predText: string): Comparison {
  const g = tokens(goldText);
  const p = tokens(predText);
  const score = jaccard(g, p);
  if (score >= JACCARD_MIN) return { match: true, score, how: 'jaccard' };
  if (contains(g, p)) return { match: true, score, how: 'contains' };
  return { match: false, score, how: null };
}

interface Edge {
  readonly pi: number;
  readonly score: number;
  readonly how: MatchHow;
}

function candidates(gold: readonly Comparable[], pred: readonly Comparable[]): Edge[][] {
  return gold.map((g) => {
    const edges: Edge[] = [];
    pred.forEach((p, pi) => {
      if (g.kind !== p.kind) return;
      const c = compare(g.text, p.text);
      if (c.match && c.how) edges.push({ pi, score: c.score, how: c.how });
    });
    return edges.sort((x, y) => y.score - x.score || x.pi - y.pi);
  });
}

/** Maximum one-to-one matching of one record's labels and predictions (kinds must agree). */
export function matchRecord(gold: readonly Comparable[], pred: readonly Comparable[]): Pair[] {
  const adj = candidates(gold, pred);
  const owner = new Array<number>(pred.length).fill(-1);
  const how = new Map<string, MatchHow>();
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const e of adj[gi] ?? []) {
      if (seen.has(e.pi)) continue;
      seen.add(e.pi);
      const held = owner[e.pi] ?? -1;
      if (held === -1 || augment(held, seen)) {
        owner[e.pi] = gi;
        how.set(`${gi}:${e.pi}`, e.how);
        return true;
      }
    }
    return false;
  };
  // Labels with fewer candidates first keeps the result stable.
  const order = gold.map((_, i) => i).sort((a, b) => (adj[a]?.length ?? 0) - (adj[b]?.length ?? 0) || a - b);
  for (const gi of order) augment(gi, new Set());
  const pairs: Pair[] = [];
  owner.forEach((g, p) => {
    if (g !== -1) pairs.push({ g, p, how: how.get(`${g}:${p}`) ?? 'jaccard' });
  });
  return pairs.sort((a, b) => a.g - b.g);
}

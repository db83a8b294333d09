import { canonicalJson } from '../../lib/canonical.js';

/**
 * One representation per distinct entity in an `_entities` fetch. @apollo/gateway sends one
 * representation per place an entity appears (a page of 20 reports of one platform: 20 equal `Platform`
 * representations), and the subgraph resolves each. The fetch goes out with the repeats removed, and the
 * answer is put back in the positions the plan expects, errors too, so the plan cannot tell.
 */
export interface DedupedRepresentations {
  /** The distinct representations, in first-seen order: what is sent. */
  representations: unknown[];
  /** For each original position, the index of its representation in `representations`. */
  positions: number[];
}

/** The distinct representations (equal by canonical JSON), or null when there is no repeat to remove. */
export function dedupRepresentations(representations: readonly unknown[]): DedupedRepresentations | null {
  const index = new Map<string, number>();
  const distinct: unknown[] = [];
  const positions = representations.map((r) => {
    const key = canonicalJson(r);
    let at = index.get(key);
    if (at === undefined) {
      index.set(key, (at = distinct.length));
      distinct.push(r);
    }
    return at;
  });
  return distinct.length === representations.length ? null : { representations: distinct, positions };
}

interface EntitiesBody {
  data?: { _entities?: unknown } | null;
  errors?: { path?: readonly (string | number)[] }[];
  [k: string]: unknown;
}

/**
 * The answer to the deduplicated fetch as the undeduplicated one would have been: `_entities[j]` at every
 * original position that maps to j (a copy for each repeat, so that later merges into one position do not
 * reach another), and an error at `_entities[j]…` once for each of those positions.
 */
export function expandEntities<B extends object>(answer: B, positions: readonly number[]): B {
  const body = answer as EntitiesBody;
  const out: EntitiesBody = { ...body };
  const entities = body.data?._entities;
  if (Array.isArray(entities)) {
    const seen = new Set<number>();
    const expanded = positions.map((j) => {
      const value = entities[j];
      if (seen.has(j)) return value === null || typeof value !== 'object' ? value : structuredClone(value);
      seen.add(j);
      return value;
    });
    out.data = { ...body.data, _entities: expanded };
  }
  if (Array.isArray(body.errors)) {
    const originals = new Map<number, number[]>();
    positions.forEach((j, i) => {
      const list = originals.get(j);
      if (list) list.push(i);
      else originals.set(j, [i]);
    });
    out.errors = body.errors.flatMap((e) => {
      const path = e?.path;
      if (!Array.isArray(path) || path[0] !== '_entities' || typeof path[1] !== 'number') return [e];
      return (originals.get(path[1]) ?? [path[1]]).map((i) => ({ ...e, path: ['_entities', i, ...path.slice(2)] }));
    });
  }
  return out as B;
}

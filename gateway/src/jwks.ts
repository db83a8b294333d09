import type { Fetcher } from '@apollo/utils.fetcher';
import type { JSONWebKeySet } from 'jose';
import type { PublicDocument } from '../../lib/http/mtls-server.js';
import type { SubgraphName } from '../../lib/services.js';

/**
 * The receipt keys of every subgraph, published by the gateway (RFC 7517 JWK Sets): each subgraph's at
 * `/.well-known/jwks/<subgraph>.json` (its log is `lsgw/<subgraph>`), all of them at
 * `/.well-known/jwks.json`. Fetched from each subgraph's own `/.well-known/jwks.json` over the gateway's
 * mTLS client and kept for `ttlMs`, so a rotated key shows within that time; a subgraph that cannot be
 * reached keeps its last set in the union, and its own path answers 503 until it has one.
 */
export interface JwksOptions {
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** The client the gateway reaches that subgraph with; undefined before the gateway has built it. */
  fetcherOf(name: SubgraphName): Fetcher | undefined;
  /** @default 5000 ms */
  ttlMs?: number;
}

const TYPE = 'application/jwk-set+json';

export function jwksDocuments(opts: JwksOptions): Record<string, () => Promise<PublicDocument>> {
  const ttlMs = opts.ttlMs ?? 5_000;
  const cache = new Map<SubgraphName, { at: number; set: JSONWebKeySet }>();
  const names = Object.keys(opts.subgraphUrls) as SubgraphName[];

  async function setOf(name: SubgraphName): Promise<JSONWebKeySet | undefined> {
    const hit = cache.get(name);
    if (hit && Date.now() - hit.at < ttlMs) return hit.set;
    const fetcher = opts.fetcherOf(name);
    const url = opts.subgraphUrls[name];
    try {
      if (!fetcher || !url) throw new Error('not connected');
      const res = await fetcher(new URL('/.well-known/jwks.json', url).href, { method: 'GET' });
      const set = (await res.json()) as JSONWebKeySet;
      if (!res.ok || !Array.isArray(set?.keys)) throw new Error(`HTTP ${res.status}`);
      cache.set(name, { at: Date.now(), set: { keys: set.keys } });
      return set;
    } catch {
      return hit?.set;
    }
  }

  const docs: Record<string, () => Promise<PublicDocument>> = {
    '/.well-known/jwks.json': async () => {
      const sets = await Promise.all(names.map(setOf));
      if (sets.every((s) => !s)) throw new Error('no subgraph keys are available');
      const keys = sets.flatMap((s) => s?.keys ?? []);
      return {
        type: TYPE,
        body: JSON.stringify({ keys: keys.filter((k, i) => keys.findIndex((o) => o.kid === k.kid) === i) }),
      };
    },
  };
  for (const name of names) {
    docs[`/.well-known/jwks/${name}.json`] = async () => {
      const set = await setOf(name);
      if (!set) throw new Error(`${name}'s keys are not available`);
      return { type: TYPE, body: JSON.stringify(set) };
    };
  }
  return docs;
}

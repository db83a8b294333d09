import type { GraphQLClient } from '../../lib/http/client.js';
import { fmt, summarise } from './stats.js';

/**
 * Regulators' reads over a large store, timed through the gateway: each case runs `rounds` times with fresh
 * variables (so no cache of any kind answers it) and prints p50 / max and how many items the page held.
 * Throws on any GraphQL error, and on an answer its `check` refuses (a search that misses the one record
 * it is meant to find is not a fast search).
 */
export interface TimedQuery {
  name: string;
  query: string;
  variables: (round: number) => Record<string, unknown>;
  /** The items of the page, from the answer's data. */
  items: (data: any) => unknown[];
  /** Why the answer is wrong, or undefined. */
  check?: (data: any, round: number) => string | undefined;
}

export async function timeQueries(
  client: GraphQLClient,
  title: string,
  cases: TimedQuery[],
  rounds = 7,
): Promise<void> {
  console.log(`${title} (${rounds} rounds each):`);
  for (const c of cases) {
    const ms: number[] = [];
    let items = 0;
    for (let round = 0; round < rounds; round++) {
      const t = performance.now();
      const r = await client.request(c.query, c.variables(round));
      ms.push(performance.now() - t);
      if (r.errors) throw new Error(`${c.name}: ${JSON.stringify(r.errors)}`);
      const wrong = c.check?.(r.data, round);
      if (wrong) throw new Error(`${c.name}: ${wrong}`);
      items = c.items(r.data).length;
    }
    const s = summarise(ms);
    console.log(
      `  ${c.name.padEnd(46)} p50 ${fmt(s.p50).padStart(7)} ms  max ${fmt(s.max).padStart(7)} ms  (${items} on the page)`,
    );
  }
}

/** A registry search (liveRoomOperators / liveStreamers), first page of 20, that must find `expect` if given. */
export function recordSearch(
  name: string,
  field: 'liveRoomOperators' | 'liveStreamers',
  filter: (round: number) => Record<string, string>,
  expect?: (round: number) => string,
): TimedQuery {
  const type = field === 'liveRoomOperators' ? 'OperatorFilter' : 'StreamerFilter';
  const names = (data: any) => (data[field].edges as { node: { name: string } }[]).map((e) => e.node.name);
  return {
    name,
    query: `query($f: ${type}!) { ${field}(filter: $f, first: 20) { edges { node { id name } } } }`,
    variables: (round) => ({ f: filter(round) }),
    items: (data) => data[field].edges,
    check:
      expect && ((data, round) => (names(data).includes(expect(round)) ? undefined : `did not find ${expect(round)}`)),
  };
}

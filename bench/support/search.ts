import type { GraphQLClient } from '../../lib/http/client.js';
import { fmt, summarise } from './stats.js';

/**
 * A provincial regulator's searches over a filed registry (issue 3: "find one streamer across every platform
 * in seconds"), each key of the search filters, through the gateway. Prints p50 / max per search and how
 * many records the first page held; throws on any error, and on a search that misses the one record it is
 * meant to find.
 */
export interface SearchCase {
  name: string;
  field: 'liveRoomOperators' | 'liveStreamers';
  /** A fresh filter per round (a different record each time, so no cache of any kind answers it). */
  filter: (round: number) => Record<string, string>;
  /** The record the search must find (its name), or undefined for a search with many or no hits. */
  expect?: (round: number) => string;
}

const query = (field: SearchCase['field']) => `query($f: ${field === 'liveRoomOperators' ? 'OperatorFilter' : 'StreamerFilter'}!) {
  ${field}(filter: $f, first: 20) { edges { node { id name } } pageInfo { hasNextPage } } }`;

export async function measureSearches(client: GraphQLClient, cases: SearchCase[], rounds = 7): Promise<void> {
  console.log(`searches as a provincial SAMR office through the gateway (first page of 20, ${rounds} rounds each):`);
  for (const c of cases) {
    const ms: number[] = [];
    let hits = 0;
    for (let round = 0; round < rounds; round++) {
      const t = performance.now();
      const r = await client.request<Record<string, { edges: { node: { name: string } }[] }>>(query(c.field), { f: c.filter(round) });
      ms.push(performance.now() - t);
      if (r.errors) throw new Error(`${c.name}: ${JSON.stringify(r.errors)}`);
      const names = r.data![c.field].edges.map((e) => e.node.name);
      hits = names.length;
      if (c.expect && !names.includes(c.expect(round))) throw new Error(`${c.name}: did not find ${c.expect(round)}`);
    }
    const s = summarise(ms);
    console.log(`  ${c.name.padEnd(44)} p50 ${fmt(s.p50).padStart(7)} ms  max ${fmt(s.max).padStart(7)} ms  (${hits} on the first page)`);
  }
}

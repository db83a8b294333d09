/**
 * Relay connections as async iterators: every node of every page, asking for the next page with the
 * previous page's endCursor until hasNextPage is false (DESIGN §6). Pages are fetched one at a time, as the
 * loop consumes them; breaking out of the loop fetches no more.
 */
export interface Connection<N> {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Records a page when none is asked for: the exchange's largest page (lib/pagination.ts MAX_PAGE_SIZE). */
export const DEFAULT_PAGE_SIZE = 500;

export async function* paginate<N, R, V extends { first?: number | null; after?: string | null }>(
  fetchPage: (variables: V) => Promise<R>,
  variables: V,
  connectionOf: (data: R) => Connection<N>,
): AsyncGenerator<N, void, undefined> {
  let after = variables.after ?? null;
  const first = variables.first ?? DEFAULT_PAGE_SIZE;
  for (;;) {
    const page = connectionOf(await fetchPage({ ...variables, first, after }));
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/** Every item of an async iterable, in order. */
export async function collect<T>(items: AsyncIterable<T>, limit = Number.POSITIVE_INFINITY): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    if (out.length >= limit) break;
    out.push(item);
  }
  return out;
}

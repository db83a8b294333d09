import { badInput } from './errors.js';

/**
 * Relay connections (DESIGN §6) over keyset pagination: the cursor is the sort key of the last row, so a
 * page costs the same at row 10 as at row 10 million, and rows added meanwhile neither repeat nor vanish.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  /** Rows to fetch: one more than the page, to know whether there is a next page. */
  limit: number;
  size: number;
  /** The decoded cursor: the sort key after which to start. */
  after?: string;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor)
    throw badInput([{ path: 'after', reason: 'is not a cursor from this list' }]);
  return key;
}

export function pageOf(args: PageArgs, max = MAX_PAGE_SIZE): Page {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > max)
    throw badInput([{ path: 'first', reason: `must be between 1 and ${max}` }]);
  return { limit: size + 1, size, after: args.after ? decodeCursor(args.after) : undefined };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
}

/** Builds the connection from the rows fetched with `page.limit`; `keyOf` gives each row's sort key. */
export function connectionOf<T>(rows: T[], page: Page, keyOf: (row: T) => string, totalCount?: number): Connection<T> {
  const visible = rows.slice(0, page.size);
  const edges = visible.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    ...(totalCount !== undefined ? { totalCount } : {}),
  };
}

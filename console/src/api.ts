import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** One invalid input field as the exchange names it (`subjects[3].documentNumber`) and why. */
export interface Problem {
  path: string;
  reason: string;
}

/**
 * A refusal as the exchange sent it: its code (switch on it), its message (shown as is) and the fields it
 * names. Network failures and answers that are not GraphQL get the codes NETWORK_ERROR and BAD_RESPONSE.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }

  /**
   * The reasons given for one field path, and unless `exact`, for every path under it (`subjects[3]` covers
   * `subjects[3].uscc`).
   */
  reasonsFor(path: string, exact = false): string[] {
    const under = (p: string) => !exact && (p.startsWith(`${path}.`) || p.startsWith(`${path}[`));
    return this.problems.filter((p) => p.path === path || under(p.path)).map((p) => p.reason);
  }
}

interface WireError {
  message: string;
  extensions?: { code?: string; problems?: Problem[] };
}

/**
 * Sends one typed document of client/ to the gateway's /graphql on this origin: the browser's TLS session
 * carries the member's certificate, so there is no token or key in the page.
 */
export async function request<R, V>(doc: DocumentTypeDecoration<R, V>, variables?: V): Promise<R> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: doc.toString(), variables }),
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new ApiError('NETWORK_ERROR', (e as Error).message);
  }
  let body: { data?: R | null; errors?: WireError[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError('BAD_RESPONSE', `HTTP ${res.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const problems = body.errors!.flatMap((e) => e.extensions?.problems ?? []);
    throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message, problems);
  }
  if (!body.data) throw new ApiError('BAD_RESPONSE', `HTTP ${res.status}`);
  return body.data;
}

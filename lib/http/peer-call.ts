import { createPrivateKey, type KeyObject } from 'node:crypto';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { Agent } from 'undici';
import { DomainError } from '../errors.js';
import { serviceUri } from '../identity/spiffe.js';
import { errorFacts, type Logger } from '../log.js';
import type { SubgraphName } from '../services.js';
import { PEER_PATH_PREFIX } from '../subgraph/peer-endpoint.js';
import { mintPeerToken } from '../subgraph/peer-token.js';
import { MIN_TLS_VERSION, readTls, watchPath, type TlsPaths } from '../tls.js';

/**
 * One subgraph asking the subgraph that owns a record (DESIGN §3, §5: references are checked by their owner,
 * nothing is copied): mutual TLS with the caller's own service certificate, the server checked to be that
 * owner (its URI SAN, as the gateway checks a subgraph), a token signed for this one request
 * (lib/subgraph/peer-token.ts), and an answer within `timeoutMs` from the call, waiting for a connection and
 * the handshake included. An owner that is down, refuses or is late is SERVICE_UNAVAILABLE, retryable:
 * the caller then refuses its own write, never accepts it unchecked.
 */
export interface PeerClientOptions {
  self: SubgraphName;
  /** The caller's service certificate and key, and the exchange CA. */
  tls: TlsPaths;
  /** Each owner's GraphQL URL, read at every call (the internal path is beside it: `/internal/<op>`). */
  urls: Partial<Record<SubgraphName, string>>;
  /** @default 5000, below the gateway's subgraph timeout so the member hears the coded reason */
  timeoutMs?: number;
  /** How often the TLS files are polled for a new certificate; 0 switches it off. @default 1000 */
  pollMs?: number;
  logger: Logger;
}

export interface PeerCallOptions {
  /** The call changes nothing at the owner: when it fails, nothing was applied there. @default true */
  readOnly?: boolean;
}

export interface PeerClient {
  call<T>(owner: SubgraphName, operation: string, body: unknown, opts?: PeerCallOptions): Promise<T>;
  close(): Promise<void>;
}

export const DEFAULT_PEER_TIMEOUT_MS = 5000;

/** The owner's certificate must carry its service URI; the TLS layer has already checked the chain. */
function ownerCheck(owner: SubgraphName) {
  const expected = `URI:${serviceUri(owner)}`;
  return (host: string, cert: PeerCertificate) => {
    const err = checkServerIdentity(host, cert);
    if (err) return err;
    const uris = (cert.subjectaltname ?? '').split(', ').filter((s) => s.startsWith('URI:'));
    return uris.includes(expected) ? undefined : new Error(`server is not ${owner}`);
  };
}

function unavailable(owner: SubgraphName, why: string, applied: 'no' | 'unknown'): DomainError {
  return new DomainError(
    'SERVICE_UNAVAILABLE',
    `${owner}, which owns the record referred to, ${why}: nothing was written; retry`,
    { retryable: true, applied, subgraph: owner },
  );
}

export function createPeerClient(opts: PeerClientOptions): PeerClient {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PEER_TIMEOUT_MS;
  // The key that signs the tokens is the certificate's own, read with it.
  let key: KeyObject = createPrivateKey(readTls(opts.tls).key);
  const dispatchers = new Map<SubgraphName, Agent>();
  const forOwner = (owner: SubgraphName) => {
    let d = dispatchers.get(owner);
    if (!d) {
      const m = readTls(opts.tls);
      d = new Agent({
        connect: {
          timeout: timeoutMs,
          ca: m.ca,
          cert: m.cert,
          key: m.key,
          minVersion: MIN_TLS_VERSION,
          checkServerIdentity: ownerCheck(owner),
        },
        keepAliveTimeout: 30_000,
        connections: 16,
      });
      dispatchers.set(owner, d);
    }
    return d;
  };
  // A renewed certificate is used from the next call on: the agents are rebuilt, the old ones closed.
  const reload = () => {
    try {
      key = createPrivateKey(readTls(opts.tls).key);
      const old = [...dispatchers.values()];
      dispatchers.clear();
      for (const a of old) void a.close().catch(() => undefined);
    } catch (e) {
      opts.logger.error('peer_tls_reload_failed', errorFacts(e));
    }
  };
  const pollMs = opts.pollMs ?? 1000;
  const unwatch = pollMs > 0 ? [opts.tls.cert, opts.tls.key, opts.tls.ca].map((p) => watchPath(p, reload, pollMs)) : [];

  return {
    async call<T>(owner: SubgraphName, operation: string, body: unknown, callOpts: PeerCallOptions = {}) {
      const base = opts.urls[owner];
      if (!base) throw unavailable(owner, 'is not configured for this service', 'no');
      const url = new URL(`${PEER_PATH_PREFIX}${operation}`, base);
      const text = JSON.stringify(body);
      const token = await mintPeerToken(key, opts.self, owner, text);
      const abort = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const work = forOwner(owner)
        .request({
          origin: url.origin,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: text,
          signal: abort.signal,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        })
        .then(async (res) => ({ status: res.statusCode, text: await res.body.text() }));
      const deadline = new Promise<never>((_, fail) => {
        timer = setTimeout(() => (abort.abort(), fail(new Error('deadline'))), timeoutMs);
      });
      let answer: { status: number; text: string };
      try {
        answer = await Promise.race([work, deadline]);
      } catch (e) {
        work.catch(() => undefined);
        const code = (e as { code?: string }).code;
        const refused = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'UND_ERR_CONNECT_TIMEOUT';
        const why = (e as Error).message === 'deadline' ? `did not answer within ${timeoutMs} ms` : 'is unavailable';
        throw unavailable(owner, why, callOpts.readOnly === false && !refused ? 'unknown' : 'no');
      } finally {
        clearTimeout(timer);
      }
      let parsed: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        parsed = JSON.parse(answer.text);
      } catch {
        throw unavailable(owner, `answered HTTP ${answer.status} without JSON`, 'no');
      }
      if (answer.status === 200 && parsed.data !== undefined) return parsed.data;
      const code = parsed.errors?.[0]?.extensions?.code;
      // The owner's database is down: the same coded answer. Anything else is a fault between services.
      if (answer.status === 503) throw unavailable(owner, 'is unavailable', 'no');
      opts.logger.error('peer_call_refused', { owner, operation, status: answer.status, code });
      throw new Error(`${owner} refused ${operation}: HTTP ${answer.status} ${code ?? ''}`);
    },
    async close() {
      for (const stop of unwatch) stop();
      await Promise.all([...dispatchers.values()].map((a) => a.close().catch(() => undefined)));
    },
  };
}

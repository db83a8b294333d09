import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { databaseUnavailable, DomainError, unauthenticated } from '../errors.js';
import { errorBody, HTTP_STATUS } from '../graphql/errors.js';
import { serviceUri, type ServiceName } from '../identity/spiffe.js';
import { errorFacts, type Logger } from '../log.js';
import type { Principal } from '../principal.js';
import type { SubgraphName } from '../services.js';
import { peerIdentity } from '../tls.js';
import { verifyPeerToken } from './peer-token.js';

/**
 * The internal operations a subgraph answers to other subgraphs (DESIGN §3: "references between subgraphs
 * checked by their owner"): `POST /internal/<name>` on its mTLS listener, beside `/graphql`, never in the
 * supergraph. Only the named services may call each one, each with its own certificate and a token it
 * signed for this request (lib/subgraph/peer-token.ts): the gateway, members and other services are
 * refused. An operation answers a verdict about the owner's records, never the records.
 */
export interface PeerOperation {
  /** The subgraphs that may call it. */
  callers: readonly SubgraphName[];
  /**
   * Answers the request's JSON body; a DomainError is sent with its code (BAD_USER_INPUT for a bad body).
   * `caller` is the authenticated service, as a principal (the submitter of a write's evidence leaf).
   */
  handle(body: unknown, caller: Principal): Promise<unknown>;
}

export type PeerOperations = Readonly<Record<string, PeerOperation>>;

export const PEER_PATH_PREFIX = '/internal/';
/** @default 1 MiB: a request names ids and a few words, never records. */
export const PEER_BODY_LIMIT = 1024 * 1024;

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) return reject(new DomainError('BAD_USER_INPUT', `request body exceeds ${limit} bytes`));
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** A handler for `/internal/*`, or undefined when the subgraph answers none. Returns false for other paths. */
export function peerEndpoint(
  self: Exclude<ServiceName, 'gateway'>,
  operations: PeerOperations | undefined,
  logger: Logger,
): ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined {
  if (!operations || Object.keys(operations).length === 0) return undefined;
  const serve = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    try {
      const op = Object.hasOwn(operations, name) ? operations[name] : undefined;
      if (!op || req.method !== 'POST') return send(res, 404, errorBody('NOT_FOUND', 'no such internal operation'));
      const socket = req.socket as TLSSocket;
      const peer = peerIdentity(socket);
      const caller = op.callers.find((c) => peer.authorized && peer.uri === serviceUri(c));
      // The gateway, a member and any service not named are refused before the body is read.
      if (!caller) throw unauthenticated(`only ${op.callers.join(', ')} may call ${name}`);
      const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(req.headers.authorization ?? '');
      if (!match) throw unauthenticated('missing service token');
      const body = await readBody(req, PEER_BODY_LIMIT);
      await verifyPeerToken(match[1], socket.getPeerX509Certificate()!.publicKey, peer.uri!, self, body);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new DomainError('BAD_USER_INPUT', 'request body is not valid JSON');
      }
      const principal: Principal = {
        role: 'service',
        org: caller,
        region: '',
        certSerial: peer.serial,
        name: caller,
        uri: peer.uri!,
      };
      send(res, 200, JSON.stringify({ data: await op.handle(parsed, principal) }));
    } catch (e) {
      const coded = e instanceof DomainError ? e : databaseUnavailable(e);
      if (coded) return send(res, HTTP_STATUS[coded.code], errorBody(coded.code, coded.message, coded.details));
      logger.error('internal_operation_failed', { operation: name, ...errorFacts(e) });
      send(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
    }
  };
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (!path.startsWith(PEER_PATH_PREFIX)) return false;
    void serve(req, res, path.slice(PEER_PATH_PREFIX.length));
    return true;
  };
}

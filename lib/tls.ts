import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { TLSSocket } from 'node:tls';

/**
 * TLS material, policy and peer identity, shared by the gateway (client-facing mTLS) and the subgraphs
 * (gateway-only mTLS): one policy for every server of the exchange.
 */
export interface TlsPaths {
  ca: string;
  cert: string;
  key: string;
  crl?: string;
}

export interface TlsMaterial {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
  crl?: Buffer;
}

export const MIN_TLS_VERSION = 'TLSv1.2' as const;

/**
 * TLS 1.3 suites, and for TLS 1.2 only forward-secret ECDHE with AEAD ciphers (AES-GCM, ChaCha20-Poly1305):
 * no RSA key exchange, no CBC, no SHA-1 MACs (RFC 9325 §4.2).
 */
export const MODERN_CIPHERS = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
].join(':');

export function readTls(paths: TlsPaths): TlsMaterial {
  return {
    ca: readFileSync(paths.ca),
    cert: readFileSync(paths.cert),
    key: readFileSync(paths.key),
    crl: paths.crl ? readFileSync(paths.crl) : undefined,
  };
}

/** Calls `onChange` when the file's mtime changes (polling: works on every filesystem and in containers). */
export function watchPath(path: string, onChange: () => void, intervalMs = 1000): () => void {
  const listener = (cur: { mtimeMs: number }, prev: { mtimeMs: number }) => {
    if (cur.mtimeMs !== prev.mtimeMs) onChange();
  };
  watchFile(path, { interval: intervalMs, persistent: false }, listener);
  return () => unwatchFile(path, listener);
}

export interface PeerIdentity {
  authorized: boolean;
  /** Node's reason when not authorized: CERT_REVOKED, CERT_HAS_EXPIRED, UNABLE_TO_VERIFY_LEAF_SIGNATURE … */
  authorizationError?: string;
  presented: boolean;
  /** The single URI SAN, if exactly one. */
  uri?: string;
  uriCount: number;
  serial: string;
  subject: string;
}

export function peerIdentity(socket: TLSSocket): PeerIdentity {
  const cert = socket.getPeerCertificate();
  const presented = !!cert && Object.keys(cert).length > 0;
  const uris = presented
    ? (cert.subjectaltname ?? '')
        .split(', ')
        .filter((s) => s.startsWith('URI:'))
        .map((s) => s.slice(4))
    : [];
  const authError = socket.authorizationError;
  return {
    authorized: socket.authorized,
    authorizationError: authError ? String((authError as unknown as { code?: string }).code ?? authError) : undefined,
    presented,
    uri: uris.length === 1 ? uris[0] : undefined,
    uriCount: uris.length,
    serial: presented ? (cert.serialNumber ?? '').toUpperCase() : '',
    subject: presented ? String(cert.subject?.CN ?? '') : '',
  };
}

/**
 * A value worked out once per TLS connection from its peer certificate: the certificate cannot change for
 * the connection's life (renegotiation is switched off on every server, lib/http/mtls-server.ts), and
 * getPeerCertificate() re-encodes it on every call. A throw is not remembered: it repeats per request.
 */
export function perConnection<T>(derive: (socket: TLSSocket) => T): (socket: TLSSocket) => T {
  const known = new WeakMap<TLSSocket, T>();
  return (socket) => {
    if (known.has(socket)) return known.get(socket) as T;
    const value = derive(socket);
    known.set(socket, value);
    return value;
  };
}

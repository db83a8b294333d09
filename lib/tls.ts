import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { TLSSocket } from 'node:tls';

/**
 * TLS material and peer identity, shared by the gateway (client-facing mTLS) and the subgraphs
 * (gateway-only mTLS). TLS 1.2 is the floor; Node's default cipher list has no export/RC4/3DES suites.
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

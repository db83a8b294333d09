import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceName } from './identity/spiffe.js';

/**
 * The layout of a certificate folder (what `npm run certs` writes and every server reads): one place for
 * the paths, so the CA tool and the services cannot disagree.
 */
export interface CertPaths {
  dir: string;
  ca: string;
  caKey: string;
  crl: string;
  revoked: string;
  issued: string;
  /** The platforms this CA issued certificates to (certs/roster.ts), read by identity-registry (Art 9 roster). */
  platforms: string;
  servicesDir: string;
  membersDir: string;
  service(name: ServiceName): { cert: string; key: string };
  member(slug: string): { cert: string; key: string };
  jwtPrivate: string;
  jwtPublic: string;
  /** A subgraph's own data keys (lib/keys/data-keys.ts). */
  dataKeys(service: string): string;
  /** The one key pair every subgraph shared before per-subgraph keys: read only to carry old data over. */
  piiEncKey: string;
  piiHmacKey: string;
}

/** `CERTS_DIR`, or `<repo>/.dev-certs`. */
export function defaultCertsDir(): string {
  return process.env.CERTS_DIR ?? resolve(fileURLToPath(new URL('..', import.meta.url)), '.dev-certs');
}

/** Every file of a CA folder, so servers read their paths from one place. */
export function certPaths(dir: string = defaultCertsDir()): CertPaths {
  const d = resolve(dir);
  return {
    dir: d,
    ca: join(d, 'ca.crt'),
    caKey: join(d, 'ca.key'),
    crl: join(d, 'ca.crl'),
    revoked: join(d, 'revoked.json'),
    issued: join(d, 'issued.json'),
    platforms: join(d, 'platforms.json'),
    servicesDir: join(d, 'services'),
    membersDir: join(d, 'members'),
    service: (name) => ({ cert: join(d, 'services', `${name}.crt`), key: join(d, 'services', `${name}.key`) }),
    member: (slug) => ({ cert: join(d, 'members', `${slug}.crt`), key: join(d, 'members', `${slug}.key`) }),
    jwtPrivate: join(d, 'jwt', 'gateway-es256.key'),
    jwtPublic: join(d, 'jwt', 'gateway-es256.pub'),
    dataKeys: (service) => join(d, 'data-keys', service),
    piiEncKey: join(d, 'secrets', 'pii-enc.key'),
    piiHmacKey: join(d, 'secrets', 'pii-hmac.key'),
  };
}

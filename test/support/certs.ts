import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certPaths, initCerts, type CertPaths } from '../../certs/store.js';
import type { ClientCert } from '../../lib/testing/client.js';

export type { ClientCert };

/**
 * A fresh exchange CA with service and demo member certificates, made when the test starts (nothing
 * that expires is committed). One per test file; the folder is under the OS temp dir.
 */
export function makeTestCerts(): CertPaths {
  const dir = mkdtempSync(join(tmpdir(), 'lsgw-certs-'));
  initCerts(dir);
  return certPaths(dir);
}

export function memberCert(paths: CertPaths, slug: string): ClientCert {
  const m = paths.member(slug);
  return { cert: readFileSync(m.cert), key: readFileSync(m.key) };
}

export function serviceCert(paths: CertPaths, name: Parameters<CertPaths['service']>[0]): ClientCert {
  const s = paths.service(name);
  return { cert: readFileSync(s.cert), key: readFileSync(s.key) };
}

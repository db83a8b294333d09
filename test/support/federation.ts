import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFederation, type Federation, type FederationOptions } from '../../scripts/federation.js';
import type { CertPaths } from '../../certs/store.js';
import { dropDatabase } from '../../lib/db.js';
import type { SubgraphName } from '../../lib/services.js';
import { makeTestCerts, memberCert, type ClientCert } from './certs.js';
import { testDatabaseName } from '../../lib/testing/drivers.js';
import { tClient, type TestClient } from '../../lib/testing/client.js';

export interface TestFederation extends Federation {
  certs: CertPaths;
  ca: Buffer;
  /** A client presenting the named demo member's certificate (demo-platform, samr-zhejiang, …). */
  as(slug: string): TestClient;
  /** A client presenting any certificate, or none. */
  withCert(cert?: ClientCert): TestClient;
}

/**
 * The whole federation on free ports, real mTLS, a fresh CA, and throw-away databases: SQLite files, or
 * MariaDB databases when DATABASE_URL is set (dropped on close).
 */
export async function startTestFederation(
  opts: Omit<FederationOptions, 'env' | 'freePorts' | 'databaseName'> & { env?: Record<string, string> } = {},
): Promise<TestFederation> {
  const certs = makeTestCerts();
  const dataDir = mkdtempSync(join(tmpdir(), 'lsgw-data-'));
  const names = new Map<SubgraphName, string>();
  const env: NodeJS.ProcessEnv = { ...process.env, CERTS_DIR: certs.dir, DATA_DIR: dataDir, ...opts.env };
  const fed = await startFederation({
    ...opts,
    env,
    freePorts: true,
    databaseName: (service) => {
      const n = testDatabaseName(service);
      names.set(service, n);
      return n;
    },
  });
  const ca = readFileSync(certs.ca);
  const clients: TestClient[] = [];
  const track = (c: TestClient) => (clients.push(c), c);
  return {
    ...fed,
    certs,
    ca,
    as: (slug) => track(tClient(fed.gatewayUrl, ca, memberCert(certs, slug))),
    withCert: (cert) => track(tClient(fed.gatewayUrl, ca, cert)),
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await fed.close();
      for (const name of names.values()) await dropDatabase(env.DATABASE_URL || undefined, name, dataDir);
    },
  };
}

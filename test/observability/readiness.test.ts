import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useReadiness } from '../../gateway/src/plugins/use-readiness.js';
import { dropDatabase } from '../../lib/db.js';
import { startSubgraph, type RunningSubgraph } from '../../lib/subgraph/run.js';
import { tClient, type TestClient } from '../../lib/testing/client.js';
import { testDatabaseName } from '../../lib/testing/drivers.js';
import { SUBGRAPHS } from '../../lib/services.js';
import { subgraph as blacklist } from '../../subgraphs/blacklist/src/server.js';
import { serviceCert } from '../support/certs.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

/** Issue 15 item 1: /readyz on the gateway and every subgraph, and what each says when it cannot serve. */
let fed: TestFederation;
let restarted: RunningSubgraph | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'lsgw-ready-'));
const restartedDb = testDatabaseName('blacklist');

beforeAll(async () => {
  fed = await startTestFederation();
});
afterAll(async () => {
  await restarted?.close();
  await fed?.close();
  await dropDatabase(process.env.DATABASE_URL || undefined, restartedDb, dataDir);
});

/**
 * Asks until the answer is `body` (readiness is cached for a second after it changes) and returns status
 * and body; after 20 s of asking, returns the last answer, for the assertion that follows to show.
 */
async function readyzUntil(client: TestClient, body: object): Promise<{ status: number; body: unknown }> {
  const giveUp = performance.now() + 20_000;
  for (;;) {
    const r = await client.get('/readyz');
    const last = { status: r.status, body: JSON.parse(r.raw) as unknown };
    if (JSON.stringify(last.body) === JSON.stringify(body) || performance.now() > giveUp) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const OK = { status: 'ok' };
const unavailable = (...failing: string[]) => ({ status: 'unavailable', failing });

const subgraphClient = (url: string) => tClient(url, fed.ca, serviceCert(fed.certs, 'gateway'));

describe('readiness', () => {
  it('is ready at the gateway and at every subgraph while all are up', async () => {
    expect(await readyzUntil(fed.as('demo-platform'), OK)).toEqual({ status: 200, body: OK });
    for (const s of SUBGRAPHS) {
      const c = subgraphClient(fed.subgraphs[s.name].url);
      try {
        expect(await readyzUntil(c, OK), s.name).toEqual({ status: 200, body: OK });
      } finally {
        await c.close();
      }
    }
  });

  it('answers the gateway probes without a client certificate (the handshake asks for one, the probes do not need it)', async () => {
    const anonymous = fed.withCert(undefined);
    expect((await anonymous.get('/readyz')).status).toBe(200);
    expect((await anonymous.get('/healthz')).status).toBe(200);
    // The API itself still refuses it.
    expect((await anonymous.query('{ viewer { role } }')).status).toBe(401);
  });

  it('fails at the gateway, naming the subgraph, while one is stopped, and passes again once it is back', async () => {
    const port = Number(new URL(fed.subgraphs.blacklist.url).port);
    await fed.subgraphs.blacklist.close();
    expect(await readyzUntil(fed.as('demo-platform'), unavailable('blacklist'))).toEqual({
      status: 503,
      body: unavailable('blacklist'),
    });
    // Alive all the same: the process answers.
    expect((await fed.as('demo-platform').get('/healthz')).status).toBe(200);

    // Back on the same port (a fresh database: readiness does not depend on its content).
    const cfg = {
      ...blacklist.configFromEnv({ ...process.env, CERTS_DIR: fed.certs.dir, DATA_DIR: dataDir }),
      databaseName: restartedDb,
    };
    restarted = await startSubgraph(blacklist, cfg, { port });
    expect(await readyzUntil(fed.as('demo-platform'), OK)).toEqual({ status: 200, body: OK });
  });

  it('fails at a subgraph whose migrations are not all applied, or whose database is gone', async () => {
    const c = subgraphClient(restarted!.url);
    try {
      const migrations = restarted!.db.options.migrationsTableName ?? 'migrations';
      const [last] = (await restarted!.db.query(`SELECT name FROM ${migrations} ORDER BY id DESC LIMIT 1`)) as {
        name: string;
      }[];
      await restarted!.db.query(`DELETE FROM ${migrations} WHERE name = ?`, [last.name]);
      expect((await readyzUntil(c, unavailable('migrations'))).status).toBe(503);
      await restarted!.db.destroy();
      expect((await readyzUntil(c, unavailable('database', 'migrations'))).status).toBe(503);
    } finally {
      await c.close();
    }
  });
});

describe("the gateway's TLS readiness", () => {
  const certs = () => ({ cert: fed.certs.service('gateway').cert, crl: fed.certs.crl });
  const allUp = {
    'identity-registry': 'https://a/graphql',
    'penalty-reports': 'https://b/graphql',
    blacklist: 'https://c/graphql',
    'case-cooperation': 'https://d/graphql',
  };

  it('asks each subgraph at its /readyz and is ready while the certificate and CRL are in date', async () => {
    const asked: string[] = [];
    const ready = useReadiness({
      subgraphUrls: allUp,
      probe: async (_n, url) => (asked.push(url), true),
      tls: certs(),
      timeoutMs: 100,
    });
    expect(await ready()).toEqual({ ok: true, failing: [] });
    expect(asked.sort()).toEqual(['https://a/readyz', 'https://b/readyz', 'https://c/readyz', 'https://d/readyz']);
  });

  it('names the CRL once it is past its nextUpdate, and the certificate once it has expired', async () => {
    const probe = async () => true;
    const in31Days = useReadiness({
      subgraphUrls: allUp,
      probe,
      tls: certs(),
      timeoutMs: 100,
      now: () => new Date(Date.now() + 31 * 86_400_000),
    });
    expect(await in31Days()).toEqual({ ok: false, failing: ['tls-crl'] });
    const in30Years = useReadiness({
      subgraphUrls: allUp,
      probe,
      tls: certs(),
      timeoutMs: 100,
      now: () => new Date(Date.now() + 30 * 365 * 86_400_000),
    });
    expect(await in30Years()).toEqual({ ok: false, failing: ['tls-certificate', 'tls-crl'] });
  });

  it('counts a subgraph that does not answer in time as not ready', async () => {
    const hang = () => new Promise<boolean>(() => undefined);
    const ready = useReadiness({
      subgraphUrls: allUp,
      probe: (n) => (n === 'penalty-reports' ? hang() : Promise.resolve(true)),
      tls: certs(),
      timeoutMs: 50,
    });
    expect(await ready()).toEqual({ ok: false, failing: ['penalty-reports'] });
  });
});

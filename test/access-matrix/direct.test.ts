/**
 * Defence in depth (DESIGN §2): each subgraph enforces access itself. Called directly, with the gateway's
 * own certificate and a validly minted gateway token, as a caller the table refuses, a subgraph refuses
 * exactly as the table says (FORBIDDEN, NOT_FOUND, null or a filtered list), while the same call for a
 * caller the table allows returns the data: the refusal is the subgraph's, not the gateway's.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import type { SubgraphName } from '../../lib/services.js';
import { serviceCert } from '../support/certs.js';
import { tClient, type GraphQLResult, type TestClient } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';
import { judge } from './assert.js';
import { callerOf, issueCallers, principalOf, type CallerKey } from './callers.js';
import { describeOutcome } from './outcomes.js';
import { PROBES } from './probes/index.js';
import { emptySeed, matrixInstant, newCtx, seedAll, type Ctx } from './seed.js';
import { SECTIONS, TABLE, deviationOf } from './table.js';

/** Per subgraph: a row, a caller it refuses, and (reads only) a caller it serves. */
const CASES: { subgraph: SubgraphName; row: string; refused: CallerKey; allowed?: CallerKey }[] = [
  { subgraph: 'identity-registry', row: 'filing', refused: 'peer', allowed: 'own' },
  { subgraph: 'identity-registry', row: 'liveRoomOperators', refused: 'cac-national', allowed: 'samr-national' },
  { subgraph: 'identity-registry', row: 'liveStreamers', refused: 'samr-county-in', allowed: 'samr-province-in' },
  { subgraph: 'identity-registry', row: 'acknowledgeFiling', refused: 'cac-province-in' },
  { subgraph: 'penalty-reports', row: 'disposalReport', refused: 'peer', allowed: 'own' },
  { subgraph: 'penalty-reports', row: 'disposalReports', refused: 'samr-county-out', allowed: 'samr-county-in' },
  { subgraph: 'penalty-reports', row: 'amendDisposalReport', refused: 'peer' },
  { subgraph: 'blacklist', row: 'blacklistEntry', refused: 'peer', allowed: 'own' },
  { subgraph: 'blacklist', row: 'blacklistEntries', refused: 'peer', allowed: 'cac-county-in' },
  { subgraph: 'blacklist', row: 'blacklistCheck', refused: 'samr-national', allowed: 'peer' },
  { subgraph: 'blacklist', row: 'removeBlacklistEntry', refused: 'peer' },
  { subgraph: 'blacklist', row: 'creditRecords', refused: 'own', allowed: 'samr-county-in' },
  { subgraph: 'blacklist', row: 'creditCheck', refused: 'cac-national', allowed: 'own' },
  { subgraph: 'blacklist', row: 'recordCreditInformation', refused: 'cac-province-in' },
  { subgraph: 'case-cooperation', row: 'notice', refused: 'peer', allowed: 'own' },
  { subgraph: 'case-cooperation', row: 'notice', refused: 'cac-national', allowed: 'samr-prefecture-in' },
  { subgraph: 'case-cooperation', row: 'sendNotice · UNREACHABLE_CONTACT', refused: 'cac-province-in' },
  { subgraph: 'case-cooperation', row: 'acknowledgeNotice', refused: 'peer' },
];

let fed: TestFederation;
let ctx: Ctx;
const clients = new Map<SubgraphName, TestClient>();

beforeAll(async () => {
  const clock = new ManualClock(matrixInstant());
  fed = await startTestFederation({
    clock,
    gatewayConfig: (c) => ({
      ...c,
      rateLimit: { platform: { perSecond: 0, burst: 0 }, regulator: { perSecond: 0, burst: 0 } },
    }),
  });
  issueCallers(fed.certs.dir);
  ctx = newCtx(fed, emptySeed(), clock);
  await seedAll(ctx);
}, 180_000);
afterAll(async () => {
  await Promise.all([...clients.values()].map((c) => c.close()));
  await fed?.close();
});

/** A call straight to the subgraph, as the gateway makes it: its certificate, a token for `caller`. */
async function direct(
  subgraph: SubgraphName,
  caller: CallerKey,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResult> {
  if (!clients.has(subgraph))
    clients.set(subgraph, tClient(fed.subgraphs[subgraph].url, fed.ca, serviceCert(fed.certs, 'gateway')));
  const key = privateKeyFromPem(readFileSync(fed.certs.jwtPrivate, 'utf8'));
  const token = await mintToken(key, principalOf(caller), { audience: subgraph });
  return clients.get(subgraph)!.query(query, variables, { authorization: `Bearer ${token}` });
}

async function runCell(subgraph: SubgraphName, rowId: string, caller: CallerKey): Promise<void> {
  const row = TABLE.find((r) => r.id === rowId)!;
  const deviation = deviationOf(rowId, caller);
  const outcome = deviation?.actual ?? row.cells[caller];
  const probe = PROBES[rowId];
  const plan = await probe.plan(ctx, caller, row.type === 'mutation' && outcome.kind === 'DATA');
  const query = typeof probe.query === 'function' ? probe.query(ctx) : probe.query;
  const universe = Object.keys(SECTIONS.find((s) => s.subgraph === row.subgraph)!.legend);
  judge(
    await direct(subgraph, caller, query, plan.vars),
    ctx,
    probe,
    plan,
    outcome,
    caller,
    `${subgraph} ${rowId} as ${caller}`,
    universe,
  );
}

describe('each subgraph, called directly with a valid gateway token', () => {
  for (const c of CASES) {
    const row = TABLE.find((r) => r.id === c.row)!;
    const expected = deviationOf(c.row, c.refused)?.actual ?? row.cells[c.refused];
    it(`${c.subgraph}: ${c.row} as ${callerOf(c.refused).header} → ${describeOutcome(expected)}`, async () => {
      expect(['FORBIDDEN', 'NOT_FOUND', 'NULL', 'EMPTY', 'FILTERED']).toContain(expected.kind);
      await runCell(c.subgraph, c.row, c.refused);
      if (c.allowed) await runCell(c.subgraph, c.row, c.allowed);
    });
  }

  it('penalty-reports: _entities of a report the caller may not read is null, of one it may read the report', async () => {
    const q =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on DisposalReport { id facts subject { person { name } } } } }';
    const r = [{ __typename: 'DisposalReport', id: ctx.seed.id.RA }];
    const peer = await direct('penalty-reports', 'peer', q, { r });
    expect(peer.body).toEqual({ data: { _entities: [null] } });
    const own = await direct('penalty-reports', 'own', q, { r });
    expect(own.body.data._entities[0].id).toBe(ctx.seed.id.RA);
  });
});

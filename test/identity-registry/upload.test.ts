import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient, type GraphQLClient } from '../../lib/http/client.js';
import { startTestFederation, type TestFederation } from '../../lib/testing/federation.js';
import { upload, UploadError } from '../../scripts/filing/upload.js';
import { businessOperator, DEMO_A, FILING, residentId, uscc } from './fixtures.js';

/** The upload tool (scripts/filing) against the real federation: batches, CSV, interruption and resume. */
let fed: TestFederation;
let dir: string;
const clients: GraphQLClient[] = [];
const clientFor = (slug: string) => {
  const m = fed.certs.member(slug);
  const c = createGraphQLClient({ url: fed.gatewayUrl, ca: fed.ca, cert: readFileSync(m.cert), key: readFileSync(m.key) });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  fed = await startTestFederation();
  dir = mkdtempSync(join(tmpdir(), 'lsgw-upload-'));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fed?.close();
  rmSync(dir, { recursive: true, force: true });
});

const STREAMER_CSV_HEADER = 'name,id_type,id_number,region_code,address_detail,phone,email,agency_name,agency_uscc,qualifications,occupation,operator_refs,verified_at';
const streamerRow = (n: number) =>
  [`"李, ${n}"`, 'RESIDENT_ID', residentId(`3301061990010${n}00${n}`), '330106', `"西湖区""文三路""${n}号"`, '13900139000', '', '', '', '', '主播', `${uscc(n)}@room-${n}`, '2026-06-15T00:00:00Z'].join(',');

describe('npm run filing -- upload', () => {
  it('uploads NDJSON and CSV in numbered batches, resumes after an interruption and stores nothing twice', async () => {
    const operators = join(dir, 'ops.ndjson');
    const streamers = join(dir, 'st.csv');
    writeFileSync(operators, Array.from({ length: 7 }, (_, i) => JSON.stringify(businessOperator(i + 1))).join('\n') + '\n');
    writeFileSync(streamers, [STREAMER_CSV_HEADER, ...Array.from({ length: 4 }, (_, i) => streamerRow(i + 1))].join('\r\n') + '\r\n');
    const statePath = join(dir, 'state.json');
    const client = clientFor('demo-platform');
    const opts = { client, period: '2026-07', operators, streamers, batchSize: 3, concurrency: 1, statePath, log: () => undefined };

    // Interrupted after two batches (operators 1–3 and 4–6).
    const first = await upload({ ...opts, stopAfter: 2 });
    expect(first).toMatchObject({ sent: 2, replayed: 0, interrupted: true });

    // The same command again: the two confirmed batches are skipped, the other three sent, then sealed.
    const second = await upload({ ...opts, submit: true });
    expect(second).toMatchObject({ batches: 5, skipped: 2, sent: 3, replayed: 0, interrupted: false });
    expect(second.filing).toMatchObject({ status: 'SUBMITTED', operatorCount: 7, streamerCount: 4 });

    // Without the state file every batch is sent again: each is recognised, nothing is stored twice.
    rmSync(statePath);
    const third = await upload(opts);
    expect(third).toMatchObject({ batches: 5, sent: 5, replayed: 5 });
    const filing = (await fed.as('demo-platform').query(FILING, { id: second.filingId })).body.data.filing;
    expect(filing).toMatchObject({ platform: { uscc: DEMO_A.uscc }, batchCount: 5, operatorCount: 7, streamerCount: 4, digest: second.filing!.digest });

    // CSV cells with quotes and commas arrive intact (read by the provincial office, which sees addresses in full).
    const found = await fed.as('samr-zhejiang').query(`query { liveStreamers(filter: { name: "李, 2" }) { edges { node { name residence { detail } } } } }`);
    expect(found.body.data.liveStreamers.edges.map((e: any) => e.node)).toEqual([{ name: '李, 2', residence: { detail: '西湖区"文三路"2号' } }]);
  });

  it('stops at a refused batch and names every invalid record with its path', async () => {
    const operators = join(dir, 'bad.ndjson');
    const bad = { ...businessOperator(50), business: { name: 'Bad Co.', uscc: '91330100MA00000500' } };
    writeFileSync(operators, [businessOperator(51), bad].map((o) => JSON.stringify(o)).join('\n'));
    const err = await upload({ client: clientFor('demo-platform-b'), period: '2026-07', operators, batchSize: 10, statePath: join(dir, 'bad.json'), log: () => undefined }).catch((e) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect(err.message).toMatch(/batch 1 \(operators\) refused/);
    expect(err.message).toMatch(/operators\[1\]\.business\.uscc: check character/);
  });
});

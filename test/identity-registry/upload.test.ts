import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { createGraphQLClient, type GraphQLClient } from '../../lib/http/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { upload, UploadError } from '../../scripts/filing/upload.js';
import { businessOperator, DEMO_A, FILING, residentId, uscc } from './fixtures.js';

/**
 * The upload tool (scripts/filing) against the real federation: batches, CSV, interruption and resume, in
 * the NDJSON form (the default, addFilingBatchNdjson) and the structured one (addFilingBatch), and across them.
 */
let fed: TestFederation;
let dir: string;
const clients: GraphQLClient[] = [];
const clientFor = (slug: string) => {
  const m = fed.certs.member(slug);
  const c = createGraphQLClient({
    url: fed.gatewayUrl,
    ca: fed.ca,
    cert: readFileSync(m.cert),
    key: readFileSync(m.key),
  });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  fed = await startTestFederation();
  issueMember(
    fed.certs.dir,
    { kind: 'platform', uscc: uscc(3, '330100'), region: '330102', name: 'Platform C' },
    { slug: 'platform-c' },
  );
  dir = mkdtempSync(join(tmpdir(), 'lsgw-upload-'));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fed?.close();
  rmSync(dir, { recursive: true, force: true });
});

const STREAMER_CSV_HEADER =
  'name,id_type,id_number,region_code,address_detail,phone,email,agency_name,agency_uscc,qualifications,occupation,operator_refs,verified_at';
const streamerRow = (n: number) =>
  [
    `"李, ${n}"`,
    'RESIDENT_ID',
    residentId(`3301061990010${n}00${n}`),
    '330106',
    `"西湖区""文三路""${n}号"`,
    '13900139000',
    '',
    '',
    '',
    '',
    '主播',
    `${uscc(n)}@room-${n}`,
    '2026-06-15T00:00:00Z',
  ].join(',');

describe('npm run filing -- upload', () => {
  it('uploads NDJSON and CSV in numbered batches, resumes after an interruption and stores nothing twice', async () => {
    const operators = join(dir, 'ops.ndjson');
    const streamers = join(dir, 'st.csv');
    writeFileSync(
      operators,
      Array.from({ length: 7 }, (_, i) => JSON.stringify(businessOperator(i + 1))).join('\n') + '\n',
    );
    writeFileSync(
      streamers,
      [STREAMER_CSV_HEADER, ...Array.from({ length: 4 }, (_, i) => streamerRow(i + 1))].join('\r\n') + '\r\n',
    );
    const statePath = join(dir, 'state.json');
    const client = clientFor('demo-platform');
    const opts = {
      client,
      period: '2026-07',
      operators,
      streamers,
      batchSize: 3,
      concurrency: 1,
      statePath,
      log: () => undefined,
    };

    // Interrupted after two batches (operators 1–3 and 4–6).
    const first = await upload({ ...opts, stopAfter: 2 });
    expect(first).toMatchObject({ sent: 2, replayed: 0, interrupted: true });

    // The same command again: the two confirmed batches are skipped, the other three sent, then sealed.
    const second = await upload({ ...opts, submit: true });
    expect(second).toMatchObject({ batches: 5, skipped: 2, sent: 3, replayed: 0, interrupted: false });
    expect(second.filing).toMatchObject({ status: 'SUBMITTED', operatorCount: 7, streamerCount: 4 });

    // Without the state file the exchange says what it holds: nothing is sent again.
    rmSync(statePath);
    expect(await upload(opts)).toMatchObject({ batches: 5, sent: 0, skipped: 5 });
    // Without the receipts either, every batch is sent again: each is recognised, nothing is stored twice.
    rmSync(join(dir, 'state.receipts'), { recursive: true });
    const third = await upload(opts);
    expect(third).toMatchObject({ batches: 5, sent: 5, replayed: 5 });
    const filing = (await fed.as('demo-platform').query(FILING, { id: second.filingId })).body.data.filing;
    expect(filing).toMatchObject({
      platform: { uscc: DEMO_A.uscc },
      batchCount: 5,
      operatorCount: 7,
      streamerCount: 4,
      digest: second.filing!.digest,
    });

    // CSV cells with quotes and commas arrive intact (read by the provincial office, which sees addresses in full).
    const found = await fed
      .as('samr-zhejiang')
      .query(`query { liveStreamers(filter: { name: "李, 2" }) { edges { node { name residence { detail } } } } }`);
    expect(found.body.data.liveStreamers.edges.map((e: any) => e.node)).toEqual([
      { name: '李, 2', residence: { detail: '西湖区"文三路"2号' } },
    ]);
  });

  it('resumes in the other form: batches sent as input objects replay as NDJSON, and the reverse', async () => {
    const operators = join(dir, 'ops-b.ndjson');
    const streamers = join(dir, 'st-b.csv');
    writeFileSync(
      operators,
      Array.from({ length: 5 }, (_, i) => JSON.stringify(businessOperator(i + 1))).join('\n') + '\n\n',
    );
    writeFileSync(
      streamers,
      [STREAMER_CSV_HEADER, ...Array.from({ length: 3 }, (_, i) => streamerRow(i + 1))].join('\n'),
    );
    const statePath = join(dir, 'state-b.json');
    const opts = {
      client: clientFor('demo-platform-b'),
      period: '2026-07',
      operators,
      streamers,
      batchSize: 2,
      concurrency: 2,
      statePath,
      log: () => undefined,
    };

    expect(await upload({ ...opts, form: 'structured', stopAfter: 2 })).toMatchObject({
      sent: 2,
      replayed: 0,
      interrupted: true,
    });
    // Forget what was confirmed and its receipts: the two structured batches must be recognised as NDJSON.
    const forget = () => (rmSync(statePath), rmSync(join(dir, 'state-b.receipts'), { recursive: true }));
    forget();
    const ndjson = await upload(opts);
    expect(ndjson).toMatchObject({ batches: 5, sent: 5, replayed: 2, interrupted: false });
    forget();
    const structured = await upload({ ...opts, form: 'structured', submit: true });
    expect(structured).toMatchObject({ batches: 5, sent: 5, replayed: 5 });
    expect(structured.filing).toMatchObject({ status: 'SUBMITTED', operatorCount: 5, streamerCount: 3 });
  });

  it('tries a batch again when the answer is lost, and the exchange recognises it as stored', async () => {
    const operators = join(dir, 'lost.ndjson');
    writeFileSync(operators, [71, 72, 73].map((n) => JSON.stringify(businessOperator(n))).join('\n'));
    const real = clientFor('platform-c');
    let calls = 0;
    // The second batch is stored, but its answer is replaced by a gateway failure.
    const lossy: GraphQLClient = {
      request: async (query, variables) => {
        const r = await real.request(query, variables);
        return /addFilingBatch/.test(query) && ++calls === 2
          ? {
              status: 500,
              errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            }
          : r;
      },
      close: () => real.close(),
    };
    const lines: string[] = [];
    const s = await upload({
      client: lossy,
      period: '2027-01',
      operators,
      batchSize: 2,
      concurrency: 1,
      statePath: join(dir, 'lost.json'),
      log: (l) => lines.push(l),
    });
    expect(s).toMatchObject({ batches: 2, sent: 2, replayed: 1, retried: 1 });
    expect(
      lines.filter((l) => /^batch 2: INTERNAL_SERVER_ERROR after \d+ ms; trying again in 1000 ms \(1 of 3\)$/.test(l)),
    ).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^batch 2: 1 operators \(already there\)/);
  });

  it('stops at a refused batch and names every invalid record with its path and source line, in either form', async () => {
    const operators = join(dir, 'bad.ndjson');
    const bad = { ...businessOperator(50), business: { name: 'Bad Co.', uscc: '91330100MA00000500' } };
    writeFileSync(operators, ['', JSON.stringify(businessOperator(51)), JSON.stringify(bad)].join('\n'));
    for (const form of ['ndjson', 'structured'] as const) {
      const err = await upload({
        client: clientFor('platform-c'),
        period: '2026-07',
        operators,
        batchSize: 10,
        statePath: join(dir, `bad-${form}.json`),
        form,
        log: () => undefined,
      }).catch((e) => e);
      expect(err).toBeInstanceOf(UploadError);
      expect(err.message).toMatch(/batch 1 \(operators\) refused/);
      expect(err.message).toContain(`operators[1].business.uscc: check character`);
      expect(err.message).toContain(`(${operators}:3)`);
    }
  });

  it('passes NDJSON lines through: a malformed one is refused by the exchange at its record, with its line', async () => {
    const operators = join(dir, 'malformed.ndjson');
    writeFileSync(operators, [JSON.stringify(businessOperator(61)), '{"kind": "BUSINESS",'].join('\n') + '\n');
    const opts = { client: clientFor('platform-c'), period: '2026-07', operators, batchSize: 10, log: () => undefined };
    const err = await upload({ ...opts, statePath: join(dir, 'malformed.json') }).catch((e) => e);
    expect(err.message).toContain(`operators[1]: line 2 is not valid JSON (${operators}:2)`);
    // The structured form parses it here, before sending anything.
    const local = await upload({ ...opts, form: 'structured', statePath: join(dir, 'malformed-s.json') }).catch(
      (e) => e,
    );
    expect(local.message).toBe(`${operators}:2: not a JSON object`);
  });
});

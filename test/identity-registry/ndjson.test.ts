/**
 * addFilingBatchNdjson, the bulk form of addFilingBatch (Art 9), through the gateway over mutual TLS: the
 * same validation with the same paths, atomicity, idempotency across both forms, the batch-size limit,
 * malformed lines — and the text (personal data) in no log line.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import type { TestFederation } from '../support/federation.js';
import {
  ADD_BATCH,
  FILING,
  OPEN,
  businessOperator,
  personOperator,
  residentId,
  startLoggedFederation,
  streamer,
  uscc,
} from './fixtures.js';

const ADD_NDJSON = `mutation ($filingId: ID!, $batchNo: Int!, $operators: String, $streamers: String) {
  addFilingBatchNdjson(filingId: $filingId, batchNo: $batchNo, operators: $operators, streamers: $streamers) {
    filingId batchNo contentHash operatorCount streamerCount staleOperatorCount staleStreamerCount receivedAt replayed } }`;
const MAX = 20;
const clock = new ManualClock(new Date('2026-07-10T02:00:00Z'));
const PERSON = residentId('44010619800101123');
const STREAMER = residentId('33010619950505234');
let fed: TestFederation;
let logged: () => string;
let filingId: string;

const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n');
const addNdjson = (batchNo: number, operators?: string | null, streamers?: string | null, slug = 'demo-platform') =>
  fed.as(slug).query(ADD_NDJSON, { filingId, batchNo, operators, streamers });
const addStructured = (batchNo: number, operators?: unknown[] | null, streamers?: unknown[] | null) =>
  fed.as('demo-platform').query(ADD_BATCH, { filingId, batchNo, operators, streamers });
const problems = (r: { body: { errors?: { extensions?: Record<string, any> }[] } }) =>
  r.body.errors?.[0]?.extensions?.problems;
const counts = async () => (await fed.as('demo-platform').query(FILING, { id: filingId })).body.data.filing;

beforeAll(async () => {
  ({ fed, logged } = await startLoggedFederation({ clock, env: { IDENTITY_REGISTRY_MAX_BATCH_RECORDS: String(MAX) } }));
  filingId = (await fed.as('demo-platform').query(OPEN, { period: '2026-07' })).body.data.openFiling.id;
}, 60_000);
afterAll(async () => {
  await fed?.close();
  vi.restoreAllMocks();
});

describe('addFilingBatchNdjson', () => {
  it('names every invalid field by the structured form’s path, in both lists at once, and stores nothing', async () => {
    const badId = PERSON.slice(0, 17) + (PERSON.endsWith('0') ? '1' : '0');
    const ops = [
      businessOperator(1),
      personOperator(2, badId),
      businessOperator(4, '330102', { contact: { phone: 'x' } }),
    ];
    const structured = await addStructured(1, ops);
    const r = await addNdjson(1, ndjson(ops));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(problems(r)).toEqual(problems(structured));
    expect(problems(r).map((p: any) => p.path)).toEqual([
      'operators[1].person.idDocument.number',
      'operators[2].contact.phone',
    ]);

    // What graphql-js coercion refuses (in the structured form, as variable errors): the same rules, per record.
    const { kind: _kind, ...noKind } = businessOperator(5);
    const coercion = await addNdjson(
      1,
      ndjson([noKind, businessOperator(6, '330102', { kind: 'SHOP', extra: 1 })]),
      ndjson([streamer(1, STREAMER, [{ uscc: uscc(5), liveAccountId: 'room-5' }], { verifiedAt: '2026-06-15' })]),
    );
    expect(codeOf(coercion)).toBe('BAD_USER_INPUT');
    expect(problems(coercion)).toEqual([
      { path: 'operators[0].kind', reason: 'is required' },
      {
        path: 'operators[1].kind',
        reason: expect.stringMatching(/^Value "SHOP" does not exist in "OperatorKind" enum/),
      },
      { path: 'operators[1].extra', reason: 'Field "extra" is not defined by type "LiveRoomOperatorInput".' },
      { path: 'streamers[0].verifiedAt', reason: expect.stringMatching(/^DateTime must be an ISO 8601 string/) },
    ]);
    expect(await counts()).toMatchObject({ batchCount: 0, operatorCount: 0, streamerCount: 0 });
  });

  it('refuses a malformed line at its record’s path without quoting it, and the whole batch with it', async () => {
    const lines = [
      JSON.stringify(businessOperator(1)),
      `{"kind":"PERSON","person":{"name":"张","idDocument":{"type":"RESIDENT_ID","number":"${PERSON}"`,
      'null',
      '',
      '[1]',
    ];
    const r = await addNdjson(1, lines.join('\r\n') + '\r\n');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(problems(r)).toEqual([
      { path: 'operators[1]', reason: 'line 2 is not valid JSON' },
      { path: 'operators[2]', reason: 'Expected non-nullable type "LiveRoomOperatorInput!" not to be null.' },
      { path: 'operators[3]', reason: 'line 4 is empty: one JSON object a line' },
      { path: 'operators[4]', reason: 'Expected type "LiveRoomOperatorInput" to be an object.' },
    ]);
    expect(r.raw).not.toContain(PERSON);
    expect(await counts()).toMatchObject({ batchCount: 0, operatorCount: 0 });
  });

  it('refuses more records than a batch takes before reading them, with the structured form’s reason', async () => {
    const tooMany = Array.from({ length: MAX - 1 }, (_, i) => businessOperator(100 + i));
    const sts = [streamer(1, STREAMER, []), streamer(2, residentId('33010619960606345'), [])];
    const structured = await addStructured(1, tooMany, sts);
    const r = await addNdjson(1, ndjson(tooMany), ndjson(sts));
    expect(problems(r)).toEqual([{ path: 'batch', reason: `has ${MAX + 1} records; at most ${MAX} per batch` }]);
    expect(problems(structured)).toEqual(problems(r));
    // Counted before parsing: lines that are not even JSON are refused for their number alone.
    expect(problems(await addNdjson(1, 'x\n'.repeat(MAX + 1)))).toEqual([
      { path: 'batch', reason: `has ${MAX + 1} records; at most ${MAX} per batch` },
    ]);
    expect(codeOf(await addNdjson(1, ''))).toBe('BAD_USER_INPUT'); // no records at all
  });

  it('replays a batch sent in the other form, and refuses other content under a used batch number', async () => {
    const ops = [businessOperator(1), personOperator(2, PERSON)];
    const sts = [streamer(1, STREAMER, [{ uscc: uscc(1), liveAccountId: 'room-1' }])];
    const first = await addStructured(1, ops, sts);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.addFilingBatch.replayed).toBe(false);
    // The same records, spelt differently (key order, lower-case USCC, spaces): the same canonical content.
    const respelt = [
      { ...businessOperator(1), business: { uscc: uscc(1).toLowerCase(), name: ` 杭州直播商贸1有限公司 ` } },
      personOperator(2, PERSON),
    ];
    const again = await addNdjson(1, ndjson(respelt) + '\n', ndjson(sts));
    expect(again.body.data.addFilingBatchNdjson).toEqual({ ...first.body.data.addFilingBatch, replayed: true });

    const second = await addNdjson(2, ndjson([businessOperator(3)]));
    expect(second.body.data.addFilingBatchNdjson).toMatchObject({ batchNo: 2, operatorCount: 1, replayed: false });
    const back = await addStructured(2, [businessOperator(3)]);
    expect(back.body.data.addFilingBatch).toEqual({ ...second.body.data.addFilingBatchNdjson, replayed: true });

    expect(codeOf(await addNdjson(1, ndjson([businessOperator(7)])))).toBe('CONFLICT');
    expect(codeOf(await addNdjson(2, ndjson([businessOperator(3), businessOperator(8)])))).toBe('CONFLICT');
    expect(await counts()).toMatchObject({ batchCount: 2, operatorCount: 3, streamerCount: 1 });
  });

  it('refuses a record filed in an earlier batch, and anyone but the filing platform, as the structured form does', async () => {
    const dup = await addNdjson(3, ndjson([businessOperator(9), personOperator(2, PERSON)]));
    expect(problems(dup)).toEqual([{ path: 'operators[1]', reason: 'the same operator as batch 1 operators[1]' }]);
    expect(codeOf(await addNdjson(3, ndjson([businessOperator(9)]), null, 'demo-platform-b'))).toBe('NOT_FOUND');
    expect(codeOf(await addNdjson(3, ndjson([businessOperator(9)]), null, 'samr-zhejiang'))).toBe('FORBIDDEN');
    expect(await counts()).toMatchObject({ batchCount: 2, operatorCount: 3 });
  });

  it('wrote no ID number to any log line', () => {
    expect(logged().length).toBeGreaterThan(0);
    expect(logged()).not.toContain(PERSON);
    expect(logged()).not.toContain(STREAMER);
  });
});

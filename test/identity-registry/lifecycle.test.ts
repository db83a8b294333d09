/**
 * The January/July filing through the gateway over mutual TLS (Art 9): open, batches (atomic, idempotent,
 * no duplicates), seal on the Asia/Shanghai calendar, acknowledgement, compliance — and no ID number in
 * any log line while it happens.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import type { TestFederation } from '../support/federation.js';
import {
  ACK,
  ADD_BATCH,
  COMPLIANCE,
  DEMO_A,
  DEMO_B,
  FILING,
  OPEN,
  SUBMIT,
  businessOperator,
  personOperator,
  residentId,
  startLoggedFederation,
  streamer,
  uscc,
} from './fixtures.js';

const clock = new ManualClock(new Date('2026-07-10T02:00:00Z'));
const PERSON = residentId('44010619800101123');
const STREAMER = residentId('33010619950505234');
let fed: TestFederation;
let logged: () => string;
let filingA: any;
let filingB: any;

const add = (slug: string, filingId: string, batchNo: number, operators: unknown[], streamers: unknown[] = []) =>
  fed.as(slug).query(ADD_BATCH, { filingId, batchNo, operators, streamers });

beforeAll(async () => {
  ({ fed, logged } = await startLoggedFederation({ clock }));
  issueMember(
    fed.certs.dir,
    { kind: 'platform', uscc: uscc(3, '330100'), region: '330102', name: 'Platform C' },
    { slug: 'platform-c' },
  );
}, 60_000);
afterAll(async () => {
  await fed?.close();
  vi.restoreAllMocks();
});

describe('filing a report', () => {
  it('opens a filing for the period, and opening it again returns the same one', async () => {
    const r = await fed.as('demo-platform').query(OPEN, { period: '2026-07' });
    expect(r.body.errors).toBeUndefined();
    filingA = r.body.data.openFiling;
    expect(filingA).toMatchObject({
      platform: { uscc: DEMO_A.uscc, name: DEMO_A.name },
      platformDomicile: '330106',
      period: '2026-07',
      status: 'OPEN',
      batchCount: 0,
    });
    expect((await fed.as('demo-platform').query(OPEN, { period: '2026-07' })).body.data.openFiling.id).toBe(filingA.id);
  });

  it('stores a batch and returns the first receipt when it is sent again', async () => {
    const ops = [
      businessOperator(1),
      personOperator(2, PERSON),
      businessOperator(3, '330102', { verifiedAt: '2025-12-01T00:00:00Z' }),
    ];
    const sts = [
      streamer(1, STREAMER, [
        { idDocument: { type: 'RESIDENT_ID', number: PERSON }, liveAccountId: 'person-room-2' },
        { uscc: uscc(1), liveAccountId: 'room-1' },
      ]),
    ];
    const first = await add('demo-platform', filingA.id, 1, ops, sts);
    expect(first.body.data.addFilingBatch).toMatchObject({
      batchNo: 1,
      operatorCount: 3,
      streamerCount: 1,
      staleOperatorCount: 1,
      replayed: false,
    });
    expect(first.body.data.addFilingBatch.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await add('demo-platform', filingA.id, 1, ops, sts);
    expect(again.body.data.addFilingBatch).toEqual({ ...first.body.data.addFilingBatch, replayed: true });
  });

  it('Art 9: seals the filing within the month with counts, stale totals and a digest, and the domicile province acknowledges it', async () => {
    clock.set('2026-07-20T01:00:00Z');
    const r = await fed.as('demo-platform').query(SUBMIT, { id: filingA.id });
    expect(r.body.data.submitFiling).toMatchObject({
      status: 'SUBMITTED',
      onTime: true,
      batchCount: 1,
      operatorCount: 3,
      streamerCount: 1,
      staleOperatorCount: 1,
      submittedAt: '2026-07-20T01:00:00.000Z',
    });
    expect(r.body.data.submitFiling.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(codeOf(await fed.as('cac-zhejiang').query(ACK, { id: filingA.id }))).toBe('NOT_FOUND');
    const ack = await fed.as('samr-zhejiang').query(ACK, { id: filingA.id });
    expect(ack.body.data.acknowledgeFiling).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedBy: 'samr/province/330000',
      digest: r.body.data.submitFiling.digest,
    });
    expect(codeOf(await fed.as('samr-national').query(ACK, { id: filingA.id }))).toBe('CONFLICT');
  });
});

describe('refusals', () => {
  it('refuses the whole batch when one record is invalid, naming every invalid field by its path', async () => {
    filingB = (await fed.as('demo-platform-b').query(OPEN, { period: '2026-07' })).body.data.openFiling;
    const badId = PERSON.slice(0, 17) + (PERSON.endsWith('0') ? '1' : '0');
    const r = await add('demo-platform-b', filingB.id, 1, [
      businessOperator(1),
      personOperator(2, badId),
      businessOperator(4, '330102', { contact: { phone: 'x' } }),
    ]);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions!.problems.map((p: any) => p.path)).toEqual([
      'operators[1].person.idDocument.number',
      'operators[2].contact.phone',
    ]);
    expect((await fed.as('demo-platform-b').query(FILING, { id: filingB.id })).body.data.filing).toMatchObject({
      batchCount: 0,
      operatorCount: 0,
    });
  });

  it('refuses other content under a used batch number, and a record already filed in an earlier batch, naming both places', async () => {
    expect((await add('demo-platform-b', filingB.id, 1, [businessOperator(1)])).body.data.addFilingBatch.replayed).toBe(
      false,
    );
    const conflict = await add('demo-platform-b', filingB.id, 1, [businessOperator(5)]);
    expect(codeOf(conflict)).toBe('CONFLICT');
    const dup = await add('demo-platform-b', filingB.id, 2, [businessOperator(6), businessOperator(1)]);
    expect(dup.body.errors![0].extensions!.problems).toEqual([
      { path: 'operators[1]', reason: 'the same operator as batch 1 operators[0]' },
    ]);
  });

  it('refuses batches and submission from anyone but the filing platform', async () => {
    expect(codeOf(await add('demo-platform', filingB.id, 9, [businessOperator(9)]))).toBe('NOT_FOUND');
    expect(codeOf(await add('samr-zhejiang', filingB.id, 9, [businessOperator(9)]))).toBe('FORBIDDEN');
    expect(codeOf(await fed.as('demo-platform').query(SUBMIT, { id: filingB.id }))).toBe('NOT_FOUND');
    expect(codeOf(await fed.as('samr-zhejiang').query(OPEN, { period: '2026-07' }))).toBe('FORBIDDEN');
  });

  it('Art 9: refuses a period that is not January or July, and one more than a period ahead', async () => {
    const r = await fed.as('demo-platform').query(OPEN, { period: '2026-08' });
    expect(r.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'period', reason: 'must be YYYY-01 or YYYY-07 (Art 9: January and July)' }],
    });
    expect(codeOf(await fed.as('demo-platform').query(OPEN, { period: '2027-07' }))).toBe('BAD_USER_INPUT');
  });
});

describe('the month boundary and compliance', () => {
  it('Art 9: marks a submission at 00:30 on 1 August in Shanghai (16:30 UTC on 31 July) as late', async () => {
    clock.set('2026-07-31T16:30:00Z');
    const r = await fed.as('demo-platform-b').query(SUBMIT, { id: filingB.id });
    expect(r.body.data.submitFiling).toMatchObject({ status: 'SUBMITTED', onTime: false, operatorCount: 1 });
    expect(codeOf(await add('demo-platform-b', filingB.id, 2, [businessOperator(7)]))).toBe('CONFLICT');
    expect((await add('demo-platform-b', filingB.id, 1, [businessOperator(1)])).body.data.addFilingBatch.replayed).toBe(
      true,
    );
  });

  it('Art 9 with 53 (2) and 54 (2): shows each platform in the jurisdiction per section as ON_TIME, LATE, OPEN or MISSING, with stale totals', async () => {
    clock.set('2026-08-03T00:00:00Z');
    await fed.as('platform-c').query('{ viewer { org } }'); // known from its certificate, filed nothing
    const national = (await fed.as('samr-national').query(COMPLIANCE, { period: '2026-07' })).body.data
      .filingCompliance;
    const status = Object.fromEntries(
      national.map((r: any) => [
        r.platform.uscc,
        [r.status, r.overdue, r.operators.status, r.streamers.status, r.operatorCount, r.verificationStale],
      ]),
    );
    expect(status).toEqual({
      [DEMO_A.uscc]: ['ON_TIME', false, 'ON_TIME', 'ON_TIME', 3, 1],
      // B filed an operator and no streamer, and declared none: item (3) is unreported (Art 54 (2)).
      [DEMO_B.uscc]: ['MISSING', true, 'LATE', 'MISSING', 1, 0],
      [uscc(3, '330100')]: ['MISSING', true, 'MISSING', 'MISSING', 0, 0],
    });
    await fed.as('platform-c').query(OPEN, { period: '2026-07' });
    const zhejiang = (await fed.as('samr-zhejiang').query(COMPLIANCE, { period: '2026-07' })).body.data
      .filingCompliance;
    expect(zhejiang.map((r: any) => [r.platform.uscc, r.status, r.overdue])).toEqual(
      [
        [DEMO_A.uscc, 'ON_TIME', false],
        [uscc(3, '330100'), 'OPEN', true],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect((await fed.as('cac-zhejiang').query(COMPLIANCE, { period: '2026-07' })).body.data.filingCompliance).toEqual(
      [],
    );
  });

  it('wrote no ID number to any log line', () => {
    expect(logged().length).toBeGreaterThan(0);
    expect(logged()).not.toContain(PERSON);
    expect(logged()).not.toContain(STREAMER);
  });
});

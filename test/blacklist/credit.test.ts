import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import type { JSONWebKeySet } from 'jose';
import { contentDigest } from '../../lib/evidence/receipt.js';
import { checkReceipt } from '../../lib/evidence/verify.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { DAY, DEMO_A } from './fixtures.js';
import {
  B1,
  CHANGES,
  CREDIT_CHECK,
  CREDIT_CHECK_LOG,
  P1,
  P2,
  P3,
  RECORD,
  RECORDS,
  REPAIR,
  WATCH,
  agency,
  person,
  recordInput,
} from './credit.fixtures.js';

/**
 * Credit information through the gateway over mTLS (Art 11 ¶2, Art 47, Art 51): offices record and repair,
 * platforms check in batches, watch their operators and read what changed; each write returns its receipt.
 */
const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = new ManualClock(T0);
let fed: TestFederation;
const ids: Record<string, string> = {};

const ok = (r: { body: any; raw: string }, field: string) => {
  expect(r.body.errors, r.raw).toBeUndefined();
  return r.body.data[field];
};
const record = async (slug: string, input: unknown) =>
  ok(await fed.as(slug).query(RECORD, { input }), 'recordCreditInformation');
/** The receipt's payload, once its signature checks against the blacklist's published keys. */
const verified = async (slug: string, jws: string) => {
  const log = ok(await fed.as(slug).query('{ evidence { blacklist { jwks } } }'), 'evidence').blacklist;
  return checkReceipt(jws, JSON.parse(log.jwks) as JSONWebKeySet);
};
const doc = (n: string) => ({ documentType: 'RESIDENT_ID', documentNumber: n });

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  const office = (slug: string, authority: 'samr' | 'cac', level: 'province' | 'county', region: string) =>
    issueMember(fed.certs.dir, { kind: 'regulator', authority, level, region, name: slug }, { slug });
  office('samr-xihu', 'samr', 'county', '330106');
  office('samr-shangcheng', 'samr', 'county', '330102');
  office('samr-jiangsu', 'samr', 'province', '320000');
  office('cac-jiangsu', 'cac', 'province', '320000');
}, 120_000);
afterAll(() => fed?.close());

describe('Art 51: offices share credit information', () => {
  it('Art 51 ¶1: a SAMR office with jurisdiction records a penalty with its receipt; a retry returns the first record and receipt', async () => {
    const input = recordInput({ key: 'r1', now: clock.now(), subject: person(P1) });
    const first = await record('samr-xihu', input);
    ids.r1 = first.id;
    expect(first).toMatchObject({
      category: 'ADMINISTRATIVE_PENALTY',
      subject: { type: 'LIVE_ROOM_OPERATOR', documentNumber: P1 },
      jurisdictionRegion: '330106',
      regionBasis: 'BUSINESS_PLACE',
      decidingOffice: { authority: 'samr', level: 'county', region: '330106' },
      status: 'IN_FORCE',
      endsAt: null,
    });
    const receipt = await verified('samr-xihu', first.receipt);
    expect(receipt).toMatchObject({
      kind: 'creditRecord.record',
      recordId: first.id,
      contentDigest: contentDigest({ input }),
    });
    expect(JSON.stringify(receipt)).not.toContain(P1);
    const again = await record('samr-xihu', input);
    expect(again.id).toBe(first.id);
    expect(again.receipt).toBe(first.receipt);
    const other = await fed.as('samr-xihu').query(RECORD, { input: { ...input, publicReason: '另一事由' } });
    expect(codeOf(other)).toBe('CONFLICT');
  });

  it("Art 51 ¶3: a CAC office records the 互联网严重失信名单; neither authority records the other's categories", async () => {
    const cac = await record(
      'cac-zhejiang',
      recordInput({
        key: 'c1',
        now: clock.now(),
        category: 'INTERNET_SERIOUS_DISHONESTY',
        subject: agency(B1),
        days: 365,
      }),
    );
    expect(cac).toMatchObject({ category: 'INTERNET_SERIOUS_DISHONESTY', subject: { uscc: B1 }, status: 'IN_FORCE' });
    const samrOnCac = await fed.as('samr-zhejiang').query(RECORD, {
      input: recordInput({ key: 'x1', now: clock.now(), category: 'INTERNET_SERIOUS_DISHONESTY', subject: agency(B1) }),
    });
    expect(codeOf(samrOnCac)).toBe('FORBIDDEN');
    const cacOnSamr = await fed.as('cac-zhejiang').query(RECORD, {
      input: recordInput({ key: 'x2', now: clock.now(), category: 'SERIOUS_VIOLATION', subject: agency(B1) }),
    });
    expect(codeOf(cacOnSamr)).toBe('FORBIDDEN');
  });

  it("Art 47: an office outside the subject's region is refused, whatever its level below national; platforms never record", async () => {
    const input = recordInput({ key: 'x3', now: clock.now(), subject: person(P2, '330106') });
    for (const slug of ['samr-shangcheng', 'samr-jiangsu', 'demo-platform'])
      expect(codeOf(await fed.as(slug).query(RECORD, { input })), slug).toBe('FORBIDDEN');
    // An agency's offices are those of its domicile (Art 47 ¶1), not another basis.
    const bad = await fed.as('samr-xihu').query(RECORD, {
      input: { ...input, subject: { ...agency(B1), regionBasis: 'BUSINESS_PLACE' } },
    });
    expect(bad.body.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ path: 'input.subject.regionBasis' }),
    ]);
  });

  it('Art 51 ¶1: a record with bad fields is refused whole, each bad field named by its path', async () => {
    const r = await fed.as('samr-xihu').query(RECORD, {
      input: {
        ...recordInput({ key: 'x4', now: clock.now(), subject: { ...person('330106199001011230'), regionCode: '33' } }),
        decidedAt: new Date(clock.now().getTime() + DAY).toISOString(),
        decisionDocumentNo: '',
      },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const paths = r.body.errors![0].extensions!.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.subject.documentNumber',
        'input.subject.regionCode',
        'input.decidedAt',
        'input.decisionDocumentNo',
      ]),
    );
    expect(r.raw).not.toContain('330106199001011230');
  });
});

describe('Art 11 ¶2: platforms take credit information into their evaluation of operators', () => {
  it('Art 11 ¶2: a batch check answers per subject, in input order, category and dates only, and every subject is logged', async () => {
    const r = await fed.as('demo-platform-b').query(CREDIT_CHECK, {
      subjects: [doc(P3), doc(P1), { uscc: B1 }, doc(P1)],
      purpose: 'ONBOARDING',
    });
    const results = ok(r, 'creditCheck');
    expect(results.map((x: any) => x.records.map((f: any) => f.category))).toEqual([
      [],
      ['ADMINISTRATIVE_PENALTY'],
      ['INTERNET_SERIOUS_DISHONESTY'],
      ['ADMINISTRATIVE_PENALTY'],
    ]);
    expect(results[1].records[0]).toMatchObject({ decisionDocumentNo: '杭市监处罚〔2026〕r1号', status: 'IN_FORCE' });
    for (const secret of [P1, '虚假宣传', 'samr-xihu']) expect(r.raw).not.toContain(secret);
    const log = ok(await fed.as('demo-platform-b').query(CREDIT_CHECK_LOG, { first: 10 }), 'creditCheckLog');
    expect(log.edges.map((e: any) => e.node.matchCount)).toEqual([1, 1, 1, 0]);
    // The checking platform's offices see its checks; another province's do not, nor other platforms.
    expect(ok(await fed.as('samr-jiangsu').query(CREDIT_CHECK_LOG, {}), 'creditCheckLog').edges).toHaveLength(4);
    expect(ok(await fed.as('samr-zhejiang').query(CREDIT_CHECK_LOG, {}), 'creditCheckLog').edges).toEqual([]);
    expect(ok(await fed.as('demo-platform').query(CREDIT_CHECK_LOG, {}), 'creditCheckLog').edges).toEqual([]);
  });

  it('Art 11 ¶2: a batch of more than 1,000, or with one bad subject, is refused whole, naming the path', async () => {
    const big = await fed.as('demo-platform').query(CREDIT_CHECK, {
      subjects: Array.from({ length: 1001 }, () => doc(P1)),
      purpose: 'PERIODIC_REVIEW',
    });
    expect(big.body.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'subjects' })]);
    const bad = await fed.as('demo-platform').query(CREDIT_CHECK, {
      subjects: [doc(P1), { uscc: '91330106MA2CRED0X' }],
      purpose: 'PERIODIC_REVIEW',
    });
    expect(bad.body.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'subjects[1].uscc' })]);
    expect(ok(await fed.as('demo-platform').query(CREDIT_CHECK_LOG, {}), 'creditCheckLog').edges).toEqual([]);
  });

  it('Art 11 ¶2: a platform reads what changed for the operators it watches since a date, in order, paginated, from when it began watching', async () => {
    const start = clock.now().toISOString();
    clock.advance(1000);
    const w = ok(
      await fed.as('demo-platform').query(WATCH, {
        input: {
          idempotencyKey: 'w1',
          add: [
            { ...doc(P1), ref: 'op-1' },
            { ...doc(P2), ref: 'op-2' },
          ],
        },
      }),
      'updateCreditWatch',
    );
    expect(w.watching).toBe(2);
    expect(await verified('demo-platform', w.receipt)).toMatchObject({ kind: 'creditWatch.update' });
    // A retry returns the first receipt; the same key for another change is a CONFLICT.
    const retry = await fed.as('demo-platform').query(WATCH, {
      input: {
        idempotencyKey: 'w1',
        add: [
          { ...doc(P1), ref: 'op-1' },
          { ...doc(P2), ref: 'op-2' },
        ],
      },
    });
    expect(ok(retry, 'updateCreditWatch').receipt).toBe(w.receipt);
    const reused = await fed.as('demo-platform').query(WATCH, { input: { idempotencyKey: 'w1', remove: [doc(P1)] } });
    expect(codeOf(reused)).toBe('CONFLICT');
    clock.advance(1000);
    const a = await record('samr-xihu', recordInput({ key: 'r2', now: clock.now(), subject: person(P2) }));
    clock.advance(1000);
    const b = await record(
      'samr-zhejiang',
      recordInput({ key: 'r3', now: clock.now(), category: 'SERIOUS_VIOLATION', subject: person(P1), days: 3 * 365 }),
    );
    await record('samr-jiangsu', recordInput({ key: 'r4', now: clock.now(), subject: person(P3, '320102') }));

    const page1 = ok(await fed.as('demo-platform').query(CHANGES, { since: start, first: 1 }), 'creditChanges');
    expect(page1.edges.map((e: any) => [e.node.ref, e.node.kind, e.node.record.recordId])).toEqual([
      ['op-2', 'RECORDED', a.id],
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(
      await fed.as('demo-platform').query(CHANGES, { since: start, first: 10, after: page1.pageInfo.endCursor }),
      'creditChanges',
    );
    expect(page2.edges.map((e: any) => [e.node.ref, e.node.record.category])).toEqual([['op-1', 'SERIOUS_VIOLATION']]);
    // P1's penalty r1 was recorded before demo-platform watched P1: the feed tells changes, not history.
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.record.recordId)).not.toContain(ids.r1);
    expect(JSON.stringify(page2)).not.toContain(P1);
    // Another platform watches nothing: it learns nothing of these subjects from the feed.
    expect(ok(await fed.as('demo-platform-b').query(CHANGES, { since: start }), 'creditChanges').edges).toEqual([]);
    // A later since leaves out what came before it.
    const later = new Date(clock.now().getTime() + 1).toISOString();
    expect(ok(await fed.as('demo-platform').query(CHANGES, { since: later }), 'creditChanges').edges).toEqual([]);
    expect(b.category).toBe('SERIOUS_VIOLATION');
  });

  it('Art 11 ¶2: credit repair ends a record without deleting it; checks stop answering it and watchers see REPAIRED', async () => {
    clock.advance(1000);
    const since = clock.now().toISOString();
    const rec = ok(await fed.as('samr-zhejiang').query(RECORDS, { filter: { subject: doc(P2) } }), 'creditRecords')
      .edges[0].node;
    clock.advance(1000);
    const repairedAt = new Date(clock.now().getTime() - 60_000).toISOString();
    const args = { id: rec.id, repairedAt, reason: '已履行行政处罚决定并完成信用修复' };
    // Only an office that keeps the record repairs it.
    expect(codeOf(await fed.as('samr-jiangsu').query(REPAIR, args))).toBe('NOT_FOUND');
    expect(codeOf(await fed.as('cac-zhejiang').query(REPAIR, args))).toBe('NOT_FOUND');
    expect(codeOf(await fed.as('demo-platform').query(REPAIR, args))).toBe('FORBIDDEN');
    const repaired = ok(await fed.as('samr-zhejiang').query(REPAIR, args), 'repairCreditRecord');
    expect(repaired).toMatchObject({ id: rec.id, status: 'REPAIRED', repairedAt, repairReason: args.reason });
    expect(await verified('samr-zhejiang', repaired.receipt)).toMatchObject({ kind: 'creditRecord.repair' });
    expect(ok(await fed.as('samr-zhejiang').query(REPAIR, args), 'repairCreditRecord').receipt).toBe(repaired.receipt);
    expect(codeOf(await fed.as('samr-zhejiang').query(REPAIR, { ...args, reason: '另一理由' }))).toBe('CONFLICT');
    // Kept: the office still lists it, REPAIRED.
    const listed = ok(await fed.as('samr-zhejiang').query(RECORDS, { filter: { subject: doc(P2) } }), 'creditRecords');
    expect(listed.edges.map((e: any) => e.node.status)).toEqual(['REPAIRED']);
    const check = ok(
      await fed.as('demo-platform').query(CREDIT_CHECK, { subjects: [doc(P2)], purpose: 'PERIODIC_REVIEW' }),
      'creditCheck',
    );
    expect(check).toEqual([{ records: [] }]);
    const feed = ok(await fed.as('demo-platform').query(CHANGES, { since }), 'creditChanges');
    expect(
      feed.edges.map((e: any) => [e.node.ref, e.node.kind, e.node.record.status, e.node.record.repairedAt]),
    ).toEqual([['op-2', 'REPAIRED', 'REPAIRED', repairedAt]]);
  });

  it('Art 11 ¶2: a subject no longer watched drops out of the feed; offices neither check, watch nor read the feed', async () => {
    clock.advance(1000);
    const since = clock.now().toISOString();
    ok(
      await fed.as('demo-platform').query(WATCH, { input: { idempotencyKey: 'w2', remove: [doc(P1)] } }),
      'updateCreditWatch',
    );
    clock.advance(1000);
    await record(
      'samr-xihu',
      recordInput({ key: 'r5', now: clock.now(), category: 'BUSINESS_ABNORMALITY', subject: person(P1) }),
    );
    expect(ok(await fed.as('demo-platform').query(CHANGES, { since }), 'creditChanges').edges).toEqual([]);
    for (const slug of ['samr-national', 'cac-zhejiang']) {
      expect(codeOf(await fed.as(slug).query(CREDIT_CHECK, { subjects: [doc(P1)], purpose: 'OTHER' })), slug).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await fed.as(slug).query(CHANGES, { since })), slug).toBe('FORBIDDEN');
      expect(codeOf(await fed.as(slug).query(WATCH, { input: { idempotencyKey: 'w', remove: [doc(P1)] } })), slug).toBe(
        'FORBIDDEN',
      );
    }
    expect(codeOf(await fed.as('demo-platform').query(RECORDS, {}))).toBe('FORBIDDEN');
    // An office lists its own authority's records in its area only.
    const cac = ok(await fed.as('cac-zhejiang').query(RECORDS, {}), 'creditRecords');
    expect(cac.edges.map((e: any) => e.node.category)).toEqual(['INTERNET_SERIOUS_DISHONESTY']);
    expect(ok(await fed.as('cac-jiangsu').query(RECORDS, {}), 'creditRecords').edges).toEqual([]);
    const jiangsu = ok(await fed.as('samr-jiangsu').query(RECORDS, {}), 'creditRecords');
    expect(jiangsu.edges.map((e: any) => e.node.jurisdictionRegion)).toEqual(['320102']);
    expect(
      ok(await fed.as('demo-platform').query(CREDIT_CHECK_LOG, { first: 1 }), 'creditCheckLog').edges[0].node.checkedBy
        .uscc,
    ).toBe(DEMO_A.uscc);
  });
});

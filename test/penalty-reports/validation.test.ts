import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { DAY, LIST, OPERATOR_USCC, PERSON_ID, SUBMIT, iso, measure, tInput } from './helpers.js';

/** Every rule of the input, each invalid field named in one BAD_USER_INPUT error. */
let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
});
afterAll(() => fed?.close());

async function problems(input: Record<string, unknown>): Promise<string[]> {
  const r = await fed.as('demo-platform').query(SUBMIT, { input });
  expect(codeOf(r), r.raw).toBe('BAD_USER_INPUT');
  return ((r.body.errors?.[0]?.extensions?.problems ?? []) as { path: string }[]).map((p) => p.path).sort();
}

describe('submitDisposalReport validation', () => {
  it('names every invalid field of one input in a single error', async () => {
    const paths = await problems(
      tInput('bad key', {
        subject: { kind: 'OPERATOR', business: { name: '某公司', uscc: '91350100M000100Y44' }, liveAccounts: [] },
        measures: [
          { type: 'TIMED_BROADCAST_BAN', startsAt: iso(-DAY) },
          { type: 'LIVE_SUSPENSION', startsAt: iso(-DAY), endsAt: iso(-2 * DAY) },
          measure('WARNING'),
          measure('WARNING'),
        ],
        facts: '   ',
        legalBasis: [],
        trigger: { kind: 'REGULATOR_NOTICE' },
        decidedAt: iso(DAY),
      }),
    );
    expect(paths).toEqual(
      [
        'input.idempotencyKey',
        'input.subject.business.uscc',
        'input.subject.liveAccounts',
        'input.subject.businessRegion',
        'input.measures[0].endsAt',
        'input.measures[1].endsAt',
        'input.measures[3].type',
        'input.facts',
        'input.legalBasis',
        'input.trigger.noticeId',
        'input.decidedAt',
      ].sort(),
    );
  });

  it('Art 14 ¶2: requires a definite end for a blacklisting', async () => {
    expect(await problems(tInput('v-bl', { measures: [{ type: 'BLACKLISTING', startsAt: iso(-DAY) }] }))).toEqual([
      'input.measures[0].endsAt',
    ]);
  });

  it('requires at least one measure and a law and article for each legal basis', async () => {
    expect(await problems(tInput('v-m', { measures: [], legalBasis: [{ law: '', article: ' ' }] }))).toEqual([
      'input.legalBasis[0].article',
      'input.legalBasis[0].law',
      'input.measures',
    ]);
  });

  it('takes a notice id only with a REGULATOR_NOTICE trigger', async () => {
    expect(await problems(tInput('v-t', { trigger: { kind: 'COMPLAINT', noticeId: 'n-1' } }))).toEqual([
      'input.trigger.noticeId',
    ]);
  });

  it('Art 47 ¶3: wants a streamer to be a person with a valid ID, who streamed for an operator with a region', async () => {
    const paths = await problems(
      tInput('v-s', {
        subject: {
          kind: 'STREAMER',
          person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID.slice(0, 17) + '1' } },
          liveAccounts: [{ accountId: 'zs' }],
          businessRegion: '330106',
        },
      }),
    );
    expect(paths).toEqual([
      'input.subject.businessRegion',
      'input.subject.operator',
      'input.subject.person.idDocument.number',
    ]);
  });

  it('wants an agency to be a registered business, and an operator to name one identity only', async () => {
    const person = { name: '李四', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } };
    expect(await problems(tInput('v-a', { subject: { kind: 'AGENCY', person, domicileRegion: '440305' } }))).toEqual([
      'input.subject.person',
    ]);
    const both = {
      kind: 'OPERATOR',
      person,
      business: { name: 'x', uscc: OPERATOR_USCC },
      liveAccounts: [{ accountId: 'a' }],
      businessRegion: '350102',
    };
    expect(await problems(tInput('v-o', { subject: both }))).toEqual(['input.subject']);
  });

  it('refuses an enum value the schema does not know before it reaches the subgraph', async () => {
    const r = await fed
      .as('demo-platform')
      .query(SUBMIT, { input: tInput('v-e', { measures: [{ type: 'FINE', startsAt: iso(0) }] }) });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('refuses a submission from a regulator with FORBIDDEN', async () => {
    expect(codeOf(await fed.as('samr-zhejiang').query(SUBMIT, { input: tInput('v-reg') }))).toBe('FORBIDDEN');
  });
});

describe('disposalReports filter validation', () => {
  it('names each invalid filter field', async () => {
    const r = await fed.as('samr-zhejiang').query(LIST, {
      f: {
        platformUscc: '123',
        subject: { documentType: 'RESIDENT_ID', documentNumber: '110105' },
        minReportingLagSeconds: -1,
        decidedFrom: iso(0),
        decidedTo: iso(-DAY),
      },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(((r.body.errors?.[0]?.extensions?.problems ?? []) as { path: string }[]).map((p) => p.path).sort()).toEqual([
      'filter.decidedTo',
      'filter.minReportingLagSeconds',
      'filter.platformUscc',
      'filter.subject.documentNumber',
    ]);
  });

  it('refuses a page size out of range and a forged cursor', async () => {
    expect(codeOf(await fed.as('samr-zhejiang').query(LIST, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await fed.as('samr-zhejiang').query(LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await fed.as('samr-zhejiang').query(LIST, { after: 'not a cursor!' }))).toBe('BAD_USER_INPUT');
  });
});

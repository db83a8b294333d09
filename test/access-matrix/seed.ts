/**
 * The matrix's data, seeded once through the gateway by the parties who own it: filings with operators and
 * streamers, disposal reports, blacklist entries with and without sharing and the checks' log, notices (one
 * answered with a report) and a lead. Each record gets a unique name and ID number, so a response can be
 * searched for what it must not hold. Records named in the tables' legends get their label here.
 */
import type { Clock } from '../../lib/clock.js';
import { memberCert } from '../support/certs.js';
import type { TestClient } from '../../lib/testing/client.js';
import type { TestFederation } from '../support/federation.js';
import { residentIdCheckChar } from '../../lib/validators/index.js';
import * as bl from '../blacklist/fixtures.js';
import * as cc from '../case-cooperation/fixtures.js';
import * as ir from '../identity-registry/fixtures.js';
import * as pr from '../penalty-reports/helpers.js';
import { CALLERS, OWN, PEER, officeInput, type CallerKey } from './callers.js';

/** Personal data a record holds: its subject's ID number and name. */
export interface Secret {
  full: string;
  name: string;
}

export interface Ctx {
  fed: TestFederation;
  /** The federation's clock: what every input is dated by. */
  now(): Date;
  client(key: CallerKey | string): TestClient;
  seed: Seed;
}

export interface Seed {
  /** Record id, name or USCC → its legend label, per subgraph. */
  label: Record<string, Map<string, string>>;
  /** `<subgraph>:<kind>:<label>` → the personal data the record(s) hold. */
  secrets: Map<string, Secret[]>;
  /** Named records: FA, FO, FB, RA, RJ, RS, RB, EA, EU, EB, EX, APX, NS, NC, NJ, NR, NX, L. */
  id: Record<string, string>;
  /** The persons of entries A, U and B, for blacklistCheck. */
  checked: string[];
}

let serial = 0;
/** A fresh, valid resident ID number. */
export const freshId = (): string => {
  const body = `3301061990${String(101 + Math.floor(serial / 900)).slice(-2)}01${String(100 + (serial++ % 900))}`;
  return body + residentIdCheckChar(body);
};
/** A fresh person: unique name (no name is a part of another) and ID number. */
export const freshPerson = (prefix: string): Secret => ({
  full: freshId(),
  name: `${prefix}${String(1000 + serial)}号`,
});

/**
 * The instant the matrix runs at: now, but no earlier than 2027-01-10 (Asia/Shanghai), so that demo-platform
 * has two filing periods it may submit (2026-07, the first, and 2027-01).
 */
export const matrixInstant = (): Date => new Date(Math.max(Date.now(), Date.parse('2027-01-10T02:00:00Z')));
const DAY = 86_400_000;

export function newCtx(fed: TestFederation, seed: Seed, clock: Clock): Ctx {
  const clients = new Map<string, TestClient>();
  const slugOf = (k: string) => CALLERS.find((c) => c.key === k)?.slug ?? k;
  return {
    fed,
    seed,
    now: () => clock.now(),
    client(key) {
      const slug = slugOf(key);
      if (!clients.has(slug)) clients.set(slug, fed.withCert(memberCert(fed.certs, slug)));
      return clients.get(slug)!;
    },
  };
}

export async function seedAll(ctx: Ctx): Promise<void> {
  await Promise.all([seedIdentity(ctx), seedReports(ctx).then(() => seedCases(ctx)), seedBlacklist(ctx)]);
}

const put = (ctx: Ctx, subgraph: string, key: string, label: string) => {
  (ctx.seed.label[subgraph] ??= new Map()).set(key, label);
};
const secret = (ctx: Ctx, key: string, ...s: Secret[]) =>
  ctx.seed.secrets.set(key, [...(ctx.seed.secrets.get(key) ?? []), ...s]);
export const emptySeed = (): Seed => ({ label: {}, secrets: new Map(), id: {}, checked: [] });

/** A person operator and its streamer, filed under `label`. */
function operatorAndStreamer(ctx: Ctx, label: string, region: string, withStreamer = true) {
  const op = freshPerson('张');
  const st = freshPerson('李');
  const n = serial;
  const operator = ir.personOperator(n, op.full, region, {
    person: { name: op.name, idDocument: { type: 'RESIDENT_ID', number: op.full } },
  });
  put(ctx, 'identity-registry', op.name, label);
  secret(ctx, `identity-registry:operator:${label}`, op);
  if (!withStreamer) return { operators: [operator], streamers: [] };
  const streamer = ir.streamer(
    n,
    st.full,
    [{ idDocument: { type: 'RESIDENT_ID', number: op.full }, liveAccountId: `person-room-${n}` }],
    {
      person: { name: st.name, idDocument: { type: 'RESIDENT_ID', number: st.full } },
    },
  );
  put(ctx, 'identity-registry', st.name, label);
  secret(ctx, `identity-registry:streamer:${label}`, st);
  return { operators: [operator], streamers: [streamer] };
}

/** Opens a filing for `period` as `slug`, adds one batch, and submits it unless `open`. */
export async function fileFor(
  ctx: Ctx,
  slug: string,
  period: string,
  batch: { operators: unknown[]; streamers: unknown[] },
  open = false,
): Promise<string> {
  const c = ctx.client(slug);
  const id = cc.ok(await c.query(ir.OPEN, { period }), 'openFiling').id as string;
  cc.ok(await c.query(ir.ADD_BATCH, { filingId: id, batchNo: 1, ...batch }), 'addFilingBatch');
  if (!open) cc.ok(await c.query(ir.SUBMIT, { id }), 'submitFiling');
  return id;
}

async function seedIdentity(ctx: Ctx): Promise<void> {
  const a = operatorAndStreamer(ctx, 'A', '330102');
  const j = operatorAndStreamer(ctx, 'J', '320102');
  const o = operatorAndStreamer(ctx, 'O', '330102', false);
  const b = operatorAndStreamer(ctx, 'B', '320102');
  const [fa, fo, fb] = await Promise.all([
    fileFor(ctx, 'own', '2026-07', {
      operators: [...a.operators, ...j.operators],
      streamers: [...a.streamers, ...j.streamers],
    }),
    fileFor(ctx, 'own', '2027-01', o, true),
    fileFor(ctx, 'peer', '2026-07', b),
  ]);
  Object.assign(ctx.seed.id, { FA: fa, FO: fo, FB: fb });
  for (const [id, l] of [
    [fa, 'A'],
    [fo, 'O'],
    [fb, 'B'],
    [OWN.uscc, 'A'],
    [PEER.uscc, 'B'],
  ])
    put(ctx, 'identity-registry', id, l);
}

/**
 * A disposal report input: on a person, an operator doing business in `region` or a streamer whose operator does;
 * or on an agency (a business, no personal data) domiciled in `region` (Art 47 ¶1).
 */
export function reportInput(
  ctx: Ctx,
  key: string,
  kind: 'OPERATOR' | 'STREAMER' | 'AGENCY',
  region: string,
  label?: string,
) {
  const p = freshPerson('钱');
  // An agency is a business: its report holds no personal data to look for.
  if (label && kind !== 'AGENCY') secret(ctx, `penalty-reports:report:${label}`, p);
  const person = { name: p.name, idDocument: { type: 'RESIDENT_ID', number: p.full } };
  const liveAccounts = [{ accountId: `am-${key}` }];
  const agency = {
    kind,
    business: { name: '宁波某某文化传媒有限公司', uscc: pr.OPERATOR_USCC },
    domicileRegion: region,
  };
  const subject =
    kind === 'OPERATOR'
      ? { kind, person, liveAccounts, businessRegion: region }
      : kind === 'AGENCY'
        ? agency
        : {
            kind,
            person,
            liveAccounts,
            operator: { business: { name: '杭州某某商贸有限公司', uscc: pr.OPERATOR_USCC }, businessRegion: region },
          };
  const before = new Date(ctx.now().getTime() - DAY).toISOString();
  return pr.tInput(`am-${key}`, { subject, decidedAt: before, measures: [{ type: 'WARNING', startsAt: before }] });
}

async function seedReports(ctx: Ctx): Promise<void> {
  const specs = [
    ['RA', 'own', 'OPERATOR', '440305', 'A'],
    ['RJ', 'own', 'OPERATOR', '320102', 'J'],
    ['RS', 'own', 'STREAMER', '330102', 'S'],
    ['RB', 'peer', 'OPERATOR', '440305', 'B'],
    ['RG', 'own', 'AGENCY', '330203', 'G'],
  ] as const;
  await Promise.all(
    specs.map(async ([name, who, kind, region, label]) => {
      const r = cc.ok(
        await ctx.client(who).query(pr.SUBMIT, { input: reportInput(ctx, name, kind, region, label) }),
        'submitDisposalReport',
      );
      ctx.seed.id[name] = r.id;
      put(ctx, 'penalty-reports', r.id, label);
    }),
  );
}

/** A blacklist entry input on a fresh person. */
export function entryOn(ctx: Ctx, key: string, share: boolean, label?: string) {
  const p = freshPerson('周');
  if (label) secret(ctx, `blacklist:entry:${label}`, p);
  return {
    input: bl.entryInput({ key: `am-${key}`, now: ctx.now(), share, person: { name: p.name, number: p.full } }),
    person: p,
  };
}

async function seedBlacklist(ctx: Ctx): Promise<void> {
  const specs = [
    ['EA', 'own', true, 'A'],
    ['EU', 'own', false, 'U'],
    ['EB', 'peer', true, 'B'],
    ['EX', 'own', true, undefined],
  ] as const;
  const persons: Record<string, Secret> = {};
  await Promise.all(
    specs.map(async ([name, who, share, label]) => {
      const { input, person } = entryOn(ctx, name, share, label);
      const e = cc.ok(await ctx.client(who).query(bl.ADD, { input }), 'addBlacklistEntry');
      ctx.seed.id[name] = e.id;
      persons[name] = person;
      if (label) put(ctx, 'blacklist', e.id, label);
    }),
  );
  ctx.seed.checked = [persons.EA.full, persons.EU.full, persons.EB.full];
  const appeal = { receivedAt: new Date(ctx.now().getTime() - 60_000).toISOString(), grounds: '身份被冒用' };
  ctx.seed.id.APX = cc.ok(
    await ctx.client('own').query(bl.FILE_APPEAL, { entryId: ctx.seed.id.EX, input: appeal }),
    'fileAppeal',
  ).id;
  const check = (who: string, n: string) =>
    ctx
      .client(who)
      .query(bl.CHECK, { subjects: [{ documentType: 'RESIDENT_ID', documentNumber: n }], purpose: 'ONBOARDING' });
  cc.ok(await check('own', persons.EB.full), 'blacklistCheck');
  cc.ok(await check('peer', persons.EA.full), 'blacklistCheck');
  put(ctx, 'blacklist', OWN.uscc, 'A');
  put(ctx, 'blacklist', PEER.uscc, 'B');
}

/** A notice subject: a streamer with a fresh identity. */
export function noticeSubject(ctx: Ctx, label?: string) {
  const p = freshPerson('吴');
  if (label) secret(ctx, `case-cooperation:notice:${label}`, p);
  return [{ kind: 'STREAMER', person: { name: p.name, idDocument: { type: 'RESIDENT_ID', number: p.full } } }];
}

export async function send(ctx: Ctx, from: CallerKey, input: Record<string, unknown>): Promise<string> {
  return cc.ok(await ctx.client(from).query(cc.SEND, { input }), 'sendNotice').id;
}

export async function leadTo(ctx: Ctx, from: CallerKey, to: CallerKey, label?: string): Promise<string> {
  const input = {
    to: officeInput(to),
    summary: 'Misleading livestream ads seen on a second platform',
    subjects: noticeSubject(ctx, label),
  };
  return cc.ok(await ctx.client(from).query(cc.TRANSFER, { input }), 'transferLead').id;
}

async function seedCases(ctx: Ctx): Promise<void> {
  const id = ctx.seed.id;
  [id.NS, id.NC, id.NJ, id.NR, id.NX, id.L] = await Promise.all([
    send(ctx, 'samr-county-in', cc.violation({ subjects: noticeSubject(ctx, 'S') })),
    send(ctx, 'cac-prefecture-in', cc.violation({ subjects: noticeSubject(ctx, 'C') })),
    send(ctx, 'samr-province-out', cc.violation({ platformUscc: PEER.uscc, subjects: noticeSubject(ctx, 'J') })),
    send(ctx, 'samr-province-out', cc.violation({ subjects: noticeSubject(ctx, 'R') })),
    send(ctx, 'samr-county-in', cc.unreachable({ subjects: noticeSubject(ctx) })),
    leadTo(ctx, 'samr-county-in', 'cac-province-in', 'L'),
  ]);
  cc.ok(
    await ctx
      .client('own')
      .query(cc.ANSWER, { id: id.NR, input: { disposalReportIds: [id.RA], data: { note: 'warned' } } }),
    'answerNotice',
  );
  for (const [k, l] of [
    [id.NS, 'S'],
    [id.NC, 'C'],
    [id.NJ, 'J'],
    [id.NR, 'R'],
    [id.L, 'L'],
  ])
    put(ctx, 'case-cooperation', k, l);
}

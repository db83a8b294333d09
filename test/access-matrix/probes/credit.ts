/** How each credit row is called: documents from test/blacklist/credit.fixtures.ts. */
import * as cr from '../../blacklist/credit.fixtures.js';
import { ok } from '../../case-cooperation/fixtures.js';
import type { Probe } from '../assert.js';
import { itemsOf } from '../assert.js';
import type { CallerKey } from '../callers.js';
import { freshPerson, type Ctx, type Secret } from '../seed.js';

/**
 * The credit rows' data, made once per run by the first credit probe: the platforms watch their persons
 * first (the feed tells changes since watching), then the offices record S, K and J, then each platform
 * checks one person (CA, CB).
 */
interface CreditSeed {
  since: string;
  persons: Record<'S' | 'K' | 'J', Secret>;
  labelOfRecord: Map<string, string>;
  uscc: Record<string, string>;
  recordS: string;
}
const seeds = new WeakMap<Ctx, Promise<CreditSeed>>();
let n = 0;
const doc = (s: Secret) => ({ documentType: 'RESIDENT_ID', documentNumber: s.full });

function seedOf(ctx: Ctx): Promise<CreditSeed> {
  const once =
    seeds.get(ctx) ??
    (async (): Promise<CreditSeed> => {
      const since = ctx.now().toISOString();
      const persons = { S: freshPerson('信'), K: freshPerson('信'), J: freshPerson('信') };
      const watch = async (who: CallerKey, labels: ('S' | 'K' | 'J')[]) =>
        ok(
          await ctx.client(who).query(cr.WATCH, {
            input: { idempotencyKey: 'matrix-seed', add: labels.map((l) => ({ ...doc(persons[l]), ref: l })) },
          }),
          'updateCreditWatch',
        );
      await watch('own', ['S', 'K']);
      await watch('peer', ['J']);
      const record = async (who: CallerKey, l: 'S' | 'K' | 'J', category: string, region: string) =>
        ok(
          await ctx.client(who).query(cr.RECORD, {
            input: cr.recordInput({
              key: `matrix-${l}`,
              now: ctx.now(),
              category,
              subject: cr.person(persons[l].full, region),
            }),
          }),
          'recordCreditInformation',
        ).id as string;
      const labelOfRecord = new Map<string, string>();
      const recordS = await record('samr-province-in', 'S', 'ADMINISTRATIVE_PENALTY', '330106');
      labelOfRecord.set(recordS, 'S');
      labelOfRecord.set(await record('cac-province-in', 'K', 'INTERNET_SERIOUS_DISHONESTY', '330106'), 'K');
      labelOfRecord.set(await record('samr-province-out', 'J', 'ADMINISTRATIVE_PENALTY', '320102'), 'J');
      const uscc: Record<string, string> = {};
      for (const [who, l, label] of [
        ['own', 'S', 'CA'],
        ['peer', 'J', 'CB'],
      ] as const) {
        ok(
          await ctx.client(who).query(cr.CREDIT_CHECK, { subjects: [doc(persons[l])], purpose: 'PERIODIC_REVIEW' }),
          'creditCheck',
        );
        const log = ok(await ctx.client(who).query(cr.CREDIT_CHECK_LOG, { first: 1 }), 'creditCheckLog');
        uscc[log.edges[0].node.checkedBy.uscc] = label;
      }
      return { since, persons, labelOfRecord, uscc, recordS };
    })();
  seeds.set(ctx, once);
  return once;
}

/** The probe's labels need the seed, which plan() has made by then. */
const seedNow = new WeakMap<Ctx, CreditSeed>();
const planned = async (ctx: Ctx) => {
  const s = await seedOf(ctx);
  seedNow.set(ctx, s);
  return s;
};
const secretsOf = (ctx: Ctx, l: string): Secret[] => {
  const p = seedNow.get(ctx)?.persons[l as 'S' | 'K' | 'J'];
  return p ? [p] : [];
};

/** A new record for a DATA cell, in 330106, of `category`. */
const newRecord = (ctx: Ctx, caller: CallerKey, category: string) => {
  const person = freshPerson('信');
  const input = cr.recordInput({
    key: `matrix-new-${caller}-${++n}`,
    now: ctx.now(),
    category,
    subject: cr.person(person.full, '330106'),
  });
  return { vars: { input }, secrets: [person] };
};

export const PROBES: Record<string, Probe> = {
  creditCheck: {
    query: cr.CREDIT_CHECK,
    field: 'creditCheck',
    plan: async (ctx) => {
      const s = await planned(ctx);
      return { vars: { subjects: [doc(s.persons.S), doc(s.persons.K), doc(s.persons.J)], purpose: 'ONBOARDING' } };
    },
    labels: (v) =>
      (Array.isArray(v) ? v : []).map((r: { records: unknown[] }, i: number) =>
        r.records.length > 0 ? ['S', 'K', 'J'][i] : undefined,
      ),
    secretsOf,
    noPii: true,
  },
  creditChanges: {
    query: cr.CHANGES,
    field: 'creditChanges',
    plan: async (ctx) => ({ vars: { since: (await planned(ctx)).since, first: 100 } }),
    labels: (v) => itemsOf(v).map((node) => node.ref),
    secretsOf,
    noPii: true,
  },
  creditRecords: {
    query: cr.RECORDS,
    field: 'creditRecords',
    plan: async (ctx) => (await planned(ctx), { vars: { first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((node) => seedNow.get(ctx)?.labelOfRecord.get(node.id)),
    secretsOf,
  },
  creditCheckLog: {
    query: cr.CREDIT_CHECK_LOG,
    field: 'creditCheckLog',
    plan: async (ctx) => (await planned(ctx), { vars: { first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((node) => seedNow.get(ctx)?.uscc[node.checkedBy.uscc]),
  },
  recordCreditInformation: {
    query: cr.RECORD,
    field: 'recordCreditInformation',
    plan: (ctx, caller) => newRecord(ctx, caller, 'ADMINISTRATIVE_PENALTY'),
  },
  'recordCreditInformation · INTERNET_SERIOUS_DISHONESTY': {
    query: cr.RECORD,
    field: 'recordCreditInformation',
    plan: (ctx, caller) => newRecord(ctx, caller, 'INTERNET_SERIOUS_DISHONESTY'),
  },
  repairCreditRecord: {
    query: cr.REPAIR,
    field: 'repairCreditRecord',
    plan: async (ctx, caller, fresh) => {
      let id = (await planned(ctx)).recordS;
      if (fresh)
        id = ok(
          await ctx.client('samr-province-in').query(cr.RECORD, newRecord(ctx, caller, 'ADMINISTRATIVE_PENALTY').vars),
          'recordCreditInformation',
        ).id;
      return { vars: { id, repairedAt: ctx.now().toISOString(), reason: '已完成信用修复' }, id };
    },
  },
  updateCreditWatch: {
    query: cr.WATCH,
    field: 'updateCreditWatch',
    plan: (_ctx, caller) => {
      const person = freshPerson('信');
      return {
        vars: { input: { idempotencyKey: `matrix-${caller}-${++n}`, add: [{ ...doc(person), ref: `w-${n}` }] } },
        absent: [person],
      };
    },
  },
};

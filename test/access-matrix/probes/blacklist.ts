/** How each blacklist row is called: documents from test/blacklist/fixtures.ts. */
import * as bl from '../../blacklist/fixtures.js';
import * as cc from '../../case-cooperation/fixtures.js';
import type { Probe } from '../assert.js';
import { itemsOf } from '../assert.js';
import { entryOn, type Ctx } from '../seed.js';

const secrets = (ctx: Ctx, l: string) => ctx.seed.secrets.get(`blacklist:entry:${l}`) ?? [];
const label = (ctx: Ctx, key: string) => ctx.seed.label.blacklist?.get(key);
const appealInput = (ctx: Ctx) => ({
  receivedAt: new Date(ctx.now().getTime() - 60_000).toISOString(),
  grounds: '身份被冒用',
});
let n = 0;

/** A new entry of demo-platform's. */
async function newEntry(ctx: Ctx): Promise<string> {
  return cc.ok(
    await ctx.client('own').query(bl.ADD, { input: entryOn(ctx, `fresh-${++n}`, true).input }),
    'addBlacklistEntry',
  ).id;
}

/**
 * The check log's labels say who checked whose person, so a cell shows whether an office sees another
 * area's checks that matched its area's entries (A, B) and not those that did not (O, C, P). The seed's
 * checks are topped up once with one of each kind, and the persons' hashes learnt from the national log.
 */
type Person = 'A' | 'U' | 'B';
const seeded = new WeakMap<Ctx, Promise<void>>();
const personOfHash = new WeakMap<Ctx, Map<string, Person>>();

function checkLogSeed(ctx: Ctx): Promise<void> {
  const once =
    seeded.get(ctx) ??
    (async () => {
      const [a, u, b] = ctx.seed.checked as [string, string, string];
      const subject = (n: string) => ({ documentType: 'RESIDENT_ID', documentNumber: n });
      const check = async (who: string, n: string) =>
        cc.ok(
          await ctx.client(who).query(bl.CHECK, { subjects: [subject(n)], purpose: 'PERIODIC_REVIEW' }),
          'blacklistCheck',
        );
      await check('own', a);
      await check('peer', u);
      await check('peer', b);
      const hashes = new Map<string, Person>();
      for (const [l, n] of [
        ['A', a],
        ['U', u],
        ['B', b],
      ] as const) {
        const vars = { filter: { subject: subject(n) }, first: 1 };
        const log = cc.ok(await ctx.client('samr-national').query(bl.CHECK_LOG, vars), 'blacklistCheckLog');
        hashes.set(log.edges[0].node.subjectHash, l);
      }
      personOfHash.set(ctx, hashes);
    })();
  seeded.set(ctx, once);
  return once;
}

/** A: demo-platform checked B's person; O: its own persons; B, C, P: demo-platform-b checked A's, U's, B's. */
function checkLabel(ctx: Ctx, node: { checkedBy: { uscc: string }; subjectHash: string }): string | undefined {
  const person = personOfHash.get(ctx)?.get(node.subjectHash);
  const by = label(ctx, node.checkedBy.uscc);
  if (!person) return undefined;
  if (by === 'A') return person === 'B' ? 'A' : 'O';
  if (by === 'B') return ({ A: 'B', U: 'C', B: 'P' } as const)[person];
  return undefined;
}

export const PROBES: Record<string, Probe> = {
  blacklistCheck: {
    query: bl.CHECK,
    field: 'blacklistCheck',
    plan: (ctx) => ({
      vars: {
        subjects: ctx.seed.checked.map((documentNumber) => ({ documentType: 'RESIDENT_ID', documentNumber })),
        purpose: 'ONBOARDING',
      },
    }),
    // One result per subject, in input order: the persons of entries A, U and B.
    labels: (v) =>
      (Array.isArray(v) ? v : []).map((r: { listed: boolean }, i: number) =>
        r.listed ? ['A', 'U', 'B'][i] : undefined,
      ),
    secretsOf: secrets,
    noPii: true,
  },
  blacklistEntry: {
    query: bl.GET,
    field: 'blacklistEntry',
    plan: (ctx) => ({ vars: { id: ctx.seed.id.EU }, id: ctx.seed.id.EU, secrets: secrets(ctx, 'U') }),
  },
  blacklistEntries: {
    query: bl.LIST,
    field: 'blacklistEntries',
    plan: () => ({ vars: { first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((node) => label(ctx, node.id)),
    secretsOf: secrets,
  },
  blacklistCheckLog: {
    query: bl.CHECK_LOG,
    field: 'blacklistCheckLog',
    plan: async (ctx) => {
      await checkLogSeed(ctx);
      return { vars: { first: 100 } };
    },
    labels: (v, ctx) => itemsOf(v).map((node) => checkLabel(ctx, node)),
  },
  addBlacklistEntry: {
    query: bl.ADD,
    field: 'addBlacklistEntry',
    plan(ctx, caller) {
      const { input, person } = entryOn(ctx, `add-${caller}`, true);
      return { vars: { input }, secrets: [person] };
    },
  },
  fileAppeal: {
    query: bl.FILE_APPEAL,
    field: 'fileAppeal',
    plan: async (ctx, _caller, fresh) => {
      const entryId = fresh ? await newEntry(ctx) : ctx.seed.id.EX;
      return { vars: { entryId, input: appealInput(ctx) }, id: entryId };
    },
  },
  decideAppeal: {
    query: bl.DECIDE,
    field: 'decideAppeal',
    async plan(ctx, _caller, fresh) {
      let id = ctx.seed.id.APX;
      if (fresh)
        id = cc.ok(
          await ctx.client('own').query(bl.FILE_APPEAL, { entryId: await newEntry(ctx), input: appealInput(ctx) }),
          'fileAppeal',
        ).id;
      return {
        vars: { id, outcome: 'UPHELD', reason: '证据确凿', told: ctx.now().toISOString(), channel: '站内信' },
        id,
      };
    },
  },
  removeBlacklistEntry: {
    query: bl.REMOVE,
    field: 'removeBlacklistEntry',
    plan: async (ctx, _caller, fresh) => {
      const id = fresh ? await newEntry(ctx) : ctx.seed.id.EX;
      return { vars: { id, reason: '误列' }, id };
    },
  },
};

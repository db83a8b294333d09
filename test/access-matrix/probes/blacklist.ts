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
    plan: () => ({ vars: { first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((node) => label(ctx, node.checkedBy.uscc)),
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
      return { vars: { id, outcome: 'UPHELD', reason: '证据确凿', told: ctx.now().toISOString() }, id };
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

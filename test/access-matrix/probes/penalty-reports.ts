/** How each penalty-reports row is called: documents from test/penalty-reports/helpers.ts. */
import * as cc from '../../case-cooperation/fixtures.js';
import * as pr from '../../penalty-reports/helpers.js';
import type { CellPlan, Probe } from '../assert.js';
import { itemsOf } from '../assert.js';
import type { CallerKey } from '../callers.js';
import { reportInput, type Ctx, type Secret } from '../seed.js';

const secrets = (ctx: Ctx, l: string) => ctx.seed.secrets.get(`penalty-reports:report:${l}`) ?? [];
let n = 0;
const personOf = (input: any): Secret => ({
  full: input.subject.person.idDocument.number,
  name: input.subject.person.name,
});

/** A new report of demo-platform's, on an operator doing business in `region`. */
async function newReport(ctx: Ctx, region = '440305'): Promise<string> {
  const input = reportInput(ctx, `fresh-${++n}`, 'OPERATOR', region);
  return cc.ok(await ctx.client('own').query(pr.SUBMIT, { input }), 'submitDisposalReport').id;
}

const readOne = (name: string, label: string): Probe => ({
  query: pr.GET,
  field: 'disposalReport',
  plan: (ctx) => ({ vars: { id: ctx.seed.id[name] }, id: ctx.seed.id[name], secrets: secrets(ctx, label) }),
});

/** A write on a report of demo-platform's: a new one when the cell is to succeed, else `shared`. */
const onReport = (
  query: string,
  field: string,
  shared: string,
  region: string,
  vars: (ctx: Ctx, caller: CallerKey) => Record<string, unknown>,
): Probe => ({
  query,
  field,
  async plan(ctx, caller, fresh): Promise<CellPlan> {
    const id = fresh ? await newReport(ctx, region) : ctx.seed.id[shared];
    return { vars: { id, ...vars(ctx, caller) }, id };
  },
});

export const PROBES: Record<string, Probe> = {
  disposalReport: readOne('RA', 'A'),
  'disposalReport · Art 47 ¶2': readOne('RJ', 'J'),
  'disposalReport · Art 47 ¶3': readOne('RS', 'S'),
  'disposalReport · Art 47 ¶1': readOne('RG', 'G'),
  disposalReports: {
    query: pr.LIST,
    field: 'disposalReports',
    plan: () => ({ vars: { first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((node) => ctx.seed.label['penalty-reports']?.get(node.id)),
    secretsOf: secrets,
  },
  submitDisposalReport: {
    query: pr.SUBMIT,
    field: 'submitDisposalReport',
    plan(ctx, caller) {
      const input = reportInput(ctx, `submit-${caller}`, 'OPERATOR', '440305');
      return { vars: { input }, secrets: [personOf(input)] };
    },
  },
  amendDisposalReport: onReport(pr.AMEND, 'amendDisposalReport', 'RA', '440305', (ctx, caller) => ({
    input: {
      ...reportInput(ctx, `amend-${caller}`, 'OPERATOR', '440305'),
      facts: 'Corrected: the claim was made twice.',
    },
    reason: 'a second recording was found',
  })),
  liftMeasure: onReport(pr.LIFT, 'liftMeasure', 'RA', '440305', (ctx) => ({
    m: 'WARNING',
    at: ctx.now().toISOString(),
    reason: 'appeal upheld',
  })),
  acknowledgeDisposalReport: onReport(pr.ACK, 'acknowledgeDisposalReport', 'RA', '440305', () => ({})),
  'acknowledgeDisposalReport · Art 47 ¶2': onReport(pr.ACK, 'acknowledgeDisposalReport', 'RJ', '320102', () => ({})),
};

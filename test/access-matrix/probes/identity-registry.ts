/** How each identity-registry row is called: documents from test/identity-registry/fixtures.ts. */
import { issueMember } from '../../../certs/store.js';
import * as ir from '../../identity-registry/fixtures.js';
import type { Probe } from '../assert.js';
import { itemsOf } from '../assert.js';
import { callerOf, type CallerKey } from '../callers.js';
import { fileFor, freshPerson, type Ctx } from '../seed.js';

const label = (ctx: Ctx, key: string) => ctx.seed.label['identity-registry']?.get(key);
const secrets = (ctx: Ctx, kind: string, l: string) => ctx.seed.secrets.get(`identity-registry:${kind}:${l}`) ?? [];

function orgOf(key: CallerKey): string {
  const s = callerOf(key).spec;
  return s.kind === 'platform' ? s.uscc : `${s.authority}/${s.level}/${s.region}`;
}

/** A valid operator on a fresh person, for batches. */
function newOperator(n: number) {
  const p = freshPerson('张');
  return ir.personOperator(n, p.full, '330102', {
    person: { name: p.name, idDocument: { type: 'RESIDENT_ID', number: p.full } },
  });
}

let platforms = 0;
/** A fresh platform domiciled in 330106 with a submitted 2026-07 filing: a target only its offices act on. */
async function submittedFilingOfNewPlatform(ctx: Ctx): Promise<string> {
  const n = 7000 + ++platforms;
  const slug = `am-zj-platform-${n}`;
  issueMember(
    ctx.fed.certs.dir,
    { kind: 'platform', uscc: ir.uscc(n, '330106'), region: '330106', name: `Hangzhou Platform ${n}` },
    { slug },
  );
  return fileFor(ctx, slug, '2026-07', { operators: [newOperator(n)], streamers: [] });
}

const NDJSON = `mutation ($filingId: ID!, $batchNo: Int!, $operators: String, $streamers: String) {
  addFilingBatchNdjson(filingId: $filingId, batchNo: $batchNo, operators: $operators, streamers: $streamers) { filingId batchNo operatorCount replayed } }`;

const ENROL = `mutation ($uscc: String!, $name: String!, $domicileRegion: String!) {
  enrollPlatform(uscc: $uscc, name: $name, domicileRegion: $domicileRegion) { platform { uscc } source enrolledBy } }`;
let enrolled = 0;

export const PROBES: Record<string, Probe> = {
  viewer: {
    query: '{ viewer { role org name region authority level certSerial platform { uscc } } }',
    field: 'viewer',
    plan: (_ctx, caller) => ({ vars: {}, contains: [`"org":"${orgOf(caller)}"`] }),
  },
  filing: {
    query: ir.FILING,
    field: 'filing',
    plan: (ctx) => ({ vars: { id: ctx.seed.id.FA }, id: ctx.seed.id.FA }),
  },
  'filing · receipts': {
    query: `query ($id: ID!) { filing(id: $id) { id receipts(first: 10) { edges { node { kind batchNo leafIndex } } } } }`,
    field: 'filing',
    plan: (ctx) => ({
      vars: { id: ctx.seed.id.FA },
      id: ctx.seed.id.FA,
      contains: ['"kind":"BATCH"', '"kind":"SUBMISSION"'],
    }),
  },
  'filing · batches': {
    query: `query ($id: ID!) { filing(id: $id) { id batches(first: 10) { edges { node { batchNo contentHash } } } } }`,
    field: 'filing',
    plan: (ctx) => ({ vars: { id: ctx.seed.id.FA }, id: ctx.seed.id.FA, contains: ['"batchNo":1'] }),
  },
  filings: {
    query: ir.FILINGS,
    field: 'filings',
    plan: () => ({ vars: { first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((n) => label(ctx, n.id)),
  },
  filingCompliance: {
    query: ir.COMPLIANCE,
    field: 'filingCompliance',
    plan: () => ({ vars: { period: '2026-07' } }),
    labels: (v, ctx) => itemsOf(v).map((row) => label(ctx, row.platform.uscc)),
  },
  liveRoomOperators: {
    query: ir.OPERATORS,
    field: 'liveRoomOperators',
    plan: () => ({ vars: { filter: {}, first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((n) => label(ctx, n.name)),
    secretsOf: (ctx, l) => secrets(ctx, 'operator', l),
  },
  liveStreamers: {
    query: ir.STREAMERS,
    field: 'liveStreamers',
    plan: () => ({ vars: { filter: {}, first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((n) => label(ctx, n.name)),
    // A streamer's record names the operators it streams for, by ID document.
    secretsOf: (ctx, l) => [
      ...secrets(ctx, 'streamer', l),
      ...(secrets(ctx, 'streamer', l).length ? secrets(ctx, 'operator', l) : []),
    ],
  },
  'liveRoomOperators · Art 48': {
    query: ir.OPERATORS,
    field: 'liveRoomOperators',
    plan: (ctx) => ({ vars: { filter: { idDocumentNumber: secrets(ctx, 'operator', 'J')[0].full }, first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((n) => label(ctx, n.name)),
    secretsOf: (ctx, l) => secrets(ctx, 'operator', l),
  },
  'liveStreamers · Art 48': {
    query: ir.STREAMERS,
    field: 'liveStreamers',
    plan: (ctx) => ({ vars: { filter: { idDocumentNumber: secrets(ctx, 'streamer', 'J')[0].full }, first: 100 } }),
    labels: (v, ctx) => itemsOf(v).map((n) => label(ctx, n.name)),
    secretsOf: (ctx, l) => [
      ...secrets(ctx, 'streamer', l),
      ...(secrets(ctx, 'streamer', l).length ? secrets(ctx, 'operator', l) : []),
    ],
  },
  openFiling: {
    query: ir.OPEN,
    field: 'openFiling',
    // demo-platform's 2027-01 filing is open: opening it again returns it. The peer opens its own.
    plan: (ctx, caller) => ({ vars: { period: '2027-01' }, ...(caller === 'own' ? { id: ctx.seed.id.FO } : {}) }),
  },
  addFilingBatch: {
    query: ir.ADD_BATCH,
    field: 'addFilingBatch',
    plan: (ctx, _caller, fresh) => ({
      vars: { filingId: ctx.seed.id.FO, batchNo: fresh ? 2 : 50, operators: [newOperator(8001)] },
      id: ctx.seed.id.FO,
    }),
  },
  addFilingBatchNdjson: {
    query: NDJSON,
    field: 'addFilingBatchNdjson',
    plan: (ctx, _caller, fresh) => ({
      vars: {
        filingId: ctx.seed.id.FO,
        batchNo: fresh ? 3 : 51,
        operators: [newOperator(8002), newOperator(8003)].map((o) => JSON.stringify(o)).join('\n'),
      },
      id: ctx.seed.id.FO,
    }),
  },
  submitFiling: {
    query: ir.SUBMIT,
    field: 'submitFiling',
    plan: (ctx) => ({ vars: { id: ctx.seed.id.FO }, id: ctx.seed.id.FO }),
  },
  enrollPlatform: {
    query: ENROL,
    field: 'enrollPlatform',
    // A platform of its own each call: it is then on the roster, unlabelled in filingCompliance.
    plan: () => {
      const n = 7500 + ++enrolled;
      return { vars: { uscc: ir.uscc(n, '330106'), name: `Hangzhou Newcomer ${n}`, domicileRegion: '330106' } };
    },
  },
  acknowledgeFiling: {
    query: ir.ACK,
    field: 'acknowledgeFiling',
    async plan(ctx, _caller, fresh) {
      const id = fresh ? await submittedFilingOfNewPlatform(ctx) : ctx.seed.id.FA;
      return { vars: { id }, id };
    },
  },
};

import type { TestFederation } from '../support/federation.js';
import { agency, person, RECORD_FIELDS, recordInput } from '../blacklist/credit.fixtures.js';
import { uscc } from '../identity-registry/fixtures.js';
import type { Json } from './damage.js';
import { as, personId, type Fixture } from './harness.js';

/** blacklist, credit information (Art 11 ¶2, Art 51): offices record and repair; platforms keep a watch list. */
const OFFICE = 'samr-zhejiang';
const PLATFORM = 'demo-platform';
const DAY = 86_400_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
let key = 0;

const RECORD = `mutation($input: CreditRecordInput!) { recordCreditInformation(input: $input) { ${RECORD_FIELDS} } }`;
const SAMR_CATEGORIES = ['ADMINISTRATIVE_PENALTY', 'SERIOUS_VIOLATION', 'BUSINESS_ABNORMALITY'];

/** A valid record of a SAMR category, about a person (Hangzhou Xihu, place of business) or an agency (domicile). */
function record(n: number): Record<string, unknown> {
  const k = `fuzz-credit-${key++}`;
  const subject = n % 2 ? agency(uscc(600_000 + key, '330106')) : person(personId(35_000 + (key % 5_000)));
  return recordInput({
    key: k,
    now: new Date(),
    category: SAMR_CATEGORIES[n % 3],
    subject,
    ...(n % 3 === 2 ? { days: 365 } : {}),
  });
}
async function recorded(fed: TestFederation): Promise<string> {
  const r = await as(fed, OFFICE).query(RECORD, { input: record(0) });
  if (r.body.errors) throw new Error(`recordCreditInformation: ${r.raw}`);
  return r.body.data.recordCreditInformation.id;
}
/** What a watched subject is, whatever the model's ref: its identity. */
const identity = (s: Record<string, Json>) => (s.uscc ? `uscc:${s.uscc}` : `${s.documentType}:${s.documentNumber}`);
const TEXT = (max: number) => ['', '  ', '长'.repeat(max + 1)] as Json[];

export const creditFixtures: Fixture[] = [
  {
    field: 'recordCreditInformation',
    subgraph: 'blacklist',
    caller: OFFICE,
    runs: 40,
    doc: RECORD,
    base: ({ n }) => ({ input: record(n) as Json }),
    special: [
      { at: /^input\.idempotencyKey$/, values: ['', 'k'.repeat(129)], strict: true },
      // Not a GB/T 2260 code (a valid one outside Zhejiang would be FORBIDDEN, not a bad input).
      { at: /^input\.subject\.regionCode$/, values: ['999999', '33010', '3301066'], strict: true },
      // Decided in the future; a term that ends before the decision.
      { at: /^input\.decidedAt$/, values: [iso(DAY)], strict: true },
      { at: /^input\.endsAt$/, values: [iso(-3 * DAY)], strict: true },
      { at: /^input\.decisionDocumentNo$/, values: TEXT(100), strict: true },
      { at: /^input\.publicReason$/, values: TEXT(2000), strict: true },
    ],
    creates: { table: 'credit_record', key: (d) => d.id },
  },
  {
    field: 'repairCreditRecord',
    subgraph: 'blacklist',
    caller: OFFICE,
    runs: 30,
    doc: `mutation($id: ID!, $repairedAt: DateTime!, $reason: String!) {
      repairCreditRecord(id: $id, repairedAt: $repairedAt, reason: $reason) { ${RECORD_FIELDS} } }`,
    target: recorded,
    targetVar: 'id',
    rows: (id) => [{ table: 'credit_record', id }],
    base: ({ target }) => ({ id: target, repairedAt: iso(-60_000), reason: '已履行行政处罚决定并完成信用修复' }),
    special: [
      // Before the decision it repairs (a day ago), or in the future.
      { at: /^repairedAt$/, values: [iso(-30 * DAY), iso(DAY)], strict: true },
      { at: /^reason$/, values: TEXT(2000), strict: true },
    ],
  },
  {
    field: 'updateCreditWatch',
    subgraph: 'blacklist',
    caller: PLATFORM,
    runs: 30,
    doc: 'mutation($input: CreditWatchInput!) { updateCreditWatch(input: $input) { watching receipt } }',
    base: ({ n }) => ({
      input: {
        idempotencyKey: `fuzz-watch-${key++}`,
        add: [
          { documentType: 'RESIDENT_ID', documentNumber: personId(40_000 + (n % 5_000)), ref: `op-${n}` },
          { uscc: uscc(700_000 + n), ref: `agency-${n}` },
        ] as Json[],
        remove: [{ documentType: 'PASSPORT', documentNumber: `E${String(20_000_000 + n)}` }],
      },
    }),
    special: [
      { at: /^input\.idempotencyKey$/, values: ['', 'k'.repeat(129)], strict: true },
      { at: /^input\.add\[\d+\]\.ref$/, values: TEXT(128), strict: true },
    ],
    // One watch row per subject ever added (a subject added again keeps its row).
    creates: {
      table: 'credit_watch',
      key: (_d, model) => ((model.input as { add?: Record<string, Json>[] }).add ?? []).map(identity),
    },
  },
];

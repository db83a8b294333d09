import { issueMember } from '../../certs/store.js';
import type { TestFederation } from '../support/federation.js';
import { businessOperator, personOperator, streamer, uscc } from '../identity-registry/fixtures.js';
import type { Json } from './damage.js';
import { as, personId, type Fixture, type Vars } from './harness.js';

/** identity-registry (Art 9): a platform's January/July filing, uploaded in batches, sealed, acknowledged by SAMR. */
export const FILING = '{ id status period batchCount operatorCount streamerCount }';
const OPEN = `mutation($period: String!) { openFiling(period: $period) ${FILING} }`;
const RECEIPT = '{ filingId batchNo operatorCount streamerCount replayed }';
export const ADD_BATCH = `mutation($filingId: ID!, $batchNo: Int!, $operators: [LiveRoomOperatorInput!], $streamers: [LiveStreamerInput!]) {
  addFilingBatch(filingId: $filingId, batchNo: $batchNo, operators: $operators, streamers: $streamers) ${RECEIPT} }`;
export const ADD_NDJSON = `mutation($filingId: ID!, $batchNo: Int!, $operators: String, $streamers: String) {
  addFilingBatchNdjson(filingId: $filingId, batchNo: $batchNo, operators: $operators, streamers: $streamers) ${RECEIPT} }`;

async function ok(fed: TestFederation, slug: string, doc: string, vars: Record<string, unknown>, field: string) {
  const r = await as(fed, slug).query(doc, vars);
  if (r.body.errors) throw new Error(`${field}: ${r.raw}`);
  return r.body.data[field];
}

/** A new platform member (domiciled in 杭州西湖, so samr-zhejiang covers it) and its open 2026-07 filing. */
let platforms = 0;
const owners = new Map<string, string>();
async function openedFiling(fed: TestFederation): Promise<string> {
  const n = ++platforms;
  const slug = `fuzz-platform-${n}`;
  issueMember(
    fed.certs.dir,
    { kind: 'platform', uscc: uscc(800_000 + n, '330106'), region: '330106', name: `Fuzz Platform ${n}` },
    { slug },
  );
  const f = await ok(fed, slug, OPEN, { period: '2026-07' }, 'openFiling');
  owners.set(f.id, slug);
  return f.id;
}

/** Filings the batch fixtures add to (opened by the test file), and the member the openFiling fixture uses. */
export const shared = { batchFiling: '', ndjsonFiling: '', opener: '' };

/** Three valid records, new identities every call: a business and a person operator, and a streamer of the first. */
let records = 0;
export function batch(filingId: string, batchNo: number): Vars {
  const a = 100_000 + 2 * records++;
  return {
    filingId,
    batchNo,
    operators: [businessOperator(a), personOperator(a + 1, personId(40_000 + records))] as Json[],
    streamers: [streamer(a, personId(45_000 + records), [{ uscc: uscc(a), liveAccountId: `room-${a}` }])] as Json[],
  };
}

/** NDJSON: one JSON object a line; `{ $raw }` stands for a line that is not JSON at all. */
const ndjson = (v: Json | undefined) =>
  Array.isArray(v)
    ? v.map((r) => (r && typeof r === 'object' && '$raw' in r ? String(r.$raw) : JSON.stringify(r))).join('\n')
    : v;

const batchFixture = (field: string, filing: () => string, runs: number): Fixture => ({
  field,
  subgraph: 'identity-registry',
  caller: 'demo-platform-b',
  runs,
  doc: field === 'addFilingBatch' ? ADD_BATCH : ADD_NDJSON,
  // The NDJSON form is typed (and damaged) as the structured records it carries.
  ...(field === 'addFilingBatch'
    ? {}
    : {
        modelDoc: ADD_BATCH,
        encode: (m: Vars) => ({ ...m, operators: ndjson(m.operators), streamers: ndjson(m.streamers) }),
        // An empty text holds no records, as an empty list does.
        oracle: (m: Vars) => ({
          ...m,
          ...(m.operators === '' ? { operators: [] } : {}),
          ...(m.streamers === '' ? { streamers: [] } : {}),
        }),
      }),
  targetVar: 'filingId',
  keep: true,
  rows: () => [{ table: 'filing', id: filing() }],
  // A refused batch stores nothing, so its number stays free for the next one.
  base: ({ accepted }) => batch(filing(), accepted + 1),
  pathHeads: ['batch'],
  special: [
    { at: /regionCode$/, values: ['000000', '999999', '33010', '100000'], strict: true },
    { at: /\.verifiedAt$/, values: ['2999-01-01T00:00:00Z'], strict: true },
    { at: /^batchNo$/, values: [0, -1], strict: true },
    ...(field === 'addFilingBatch'
      ? []
      : [
          {
            at: /^(operators|streamers)\[\d+\]$/,
            values: [{ $raw: '{"kind":"BUSINESS",' }, { $raw: ' ' }, { $raw: 'null' }, { $raw: '[]' }],
            strict: true,
          },
        ]),
  ],
  creates: { table: 'filing_batch', key: (d) => `${d.filingId}#${d.batchNo}` },
  onAccepted: (d, m) => {
    if (d.replayed) throw new Error(`batch ${m.batchNo} replayed: the fuzz sends new content each time`);
  },
});

const FILING_PERIODS = {
  at: /^period$/,
  values: [
    '2026-06',
    '2026-01',
    '2025-07',
    '2027-07',
    '2099-01',
    '2026-7',
    '202607',
    '2026-07-01',
    '2026-13',
    '07-2026',
  ],
  strict: true,
};

export const identityRegistryFixtures: Fixture[] = [
  {
    field: 'openFiling',
    subgraph: 'identity-registry',
    caller: () => shared.opener,
    runs: 25,
    doc: OPEN,
    base: ({ n }) => ({ period: n % 2 ? '2026-07' : '2027-01' }),
    special: [FILING_PERIODS],
    // Opening again returns the open filing: at most one per period.
    creates: { table: 'filing', key: (d) => d.id },
  },
  {
    // Art 9: a provincial SAMR enrols a platform of its province that has not connected yet.
    field: 'enrollPlatform',
    subgraph: 'identity-registry',
    caller: 'samr-zhejiang',
    runs: 25,
    doc: `mutation($uscc: String!, $name: String!, $domicileRegion: String!) {
      enrollPlatform(uscc: $uscc, name: $name, domicileRegion: $domicileRegion) { platform { uscc } source enrolledAt } }`,
    base: ({ n }) => ({ uscc: uscc(710_000 + (n % 7), '330106'), name: `Enrolled ${n % 7}`, domicileRegion: '330106' }),
    // The CA's roster enters the same table on the first read after a certificate is issued: read it first.
    target: async (fed) => {
      await as(fed, 'samr-zhejiang').query('{ filingCompliance(period: "2026-07") { period } }');
      return '';
    },
    keep: true,
    // Enrolling again corrects the office's own enrolment: one row per platform.
    creates: { table: 'platform_enrolment', key: (d) => d.platform.uscc },
  },
  batchFixture('addFilingBatch', () => shared.batchFiling, 150),
  batchFixture('addFilingBatchNdjson', () => shared.ndjsonFiling, 60),
  {
    field: 'submitFiling',
    subgraph: 'identity-registry',
    caller: (target) => owners.get(target)!,
    runs: 25,
    doc: `mutation($filingId: ID!) { submitFiling(filingId: $filingId) ${FILING} }`,
    target: openedFiling,
    targetVar: 'filingId',
    rows: (id) => [{ table: 'filing', id }],
    base: ({ target }) => ({ filingId: target }),
  },
  {
    field: 'acknowledgeFiling',
    subgraph: 'identity-registry',
    caller: 'samr-zhejiang',
    runs: 25,
    doc: `mutation($filingId: ID!) { acknowledgeFiling(filingId: $filingId) ${FILING} }`,
    target: async (fed) => {
      const id = await openedFiling(fed);
      await ok(
        fed,
        owners.get(id)!,
        `mutation($filingId: ID!) { submitFiling(filingId: $filingId) { id } }`,
        { filingId: id },
        'submitFiling',
      );
      return id;
    },
    targetVar: 'filingId',
    rows: (id) => [{ table: 'filing', id }],
    base: ({ target }) => ({ filingId: target }),
  },
];

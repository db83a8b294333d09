import type { TestFederation } from '../support/federation.js';
import { DAY, entryInput } from '../blacklist/fixtures.js';
import { uscc } from '../identity-registry/fixtures.js';
import type { Json } from './damage.js';
import { as, personId, type Fixture } from './harness.js';

/** blacklist (Art 14): listing, appeals and removal by the listing platform; the peer check by another platform. */
const PLATFORM = 'demo-platform';
const HOUR = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
let key = 0;

/** A valid entry: a resident-ID person, a passport holder or an agency (by USCC), each a new subject. */
function entry(n: number): Record<string, unknown> {
  const k = `fuzz-${key++}`;
  const now = new Date();
  if (n % 3 === 0) return entryInput({ key: k, now, person: { name: `王${n}`, number: personId(key) }, share: true });
  if (n % 3 === 1)
    return entryInput({
      key: k,
      now,
      person: { name: `Smith ${n}`, number: `E${String(10_000_000 + key)}`, type: 'PASSPORT' },
      days: 30,
    });
  // No disposal report: one must exist and list the subject (Art 14 ¶2, test/references).
  return entryInput({
    key: k,
    now,
    business: { name: `某某传媒${n}有限公司`, uscc: uscc(500_000 + key) },
    share: false,
  });
}

async function ok(fed: TestFederation, slug: string, doc: string, vars: Record<string, unknown>, field: string) {
  const r = await as(fed, slug).query(doc, vars);
  if (r.body.errors) throw new Error(`${field}: ${r.raw}`);
  return r.body.data[field];
}
const ADD = 'mutation($input: BlacklistEntryInput!) { addBlacklistEntry(input: $input) { id status } }';
const FILE =
  'mutation($entryId: ID!, $input: AppealInput!) { fileAppeal(entryId: $entryId, input: $input) { id status entry { id status appealPending } } }';
const newEntry = async (fed: TestFederation) =>
  (await ok(fed, PLATFORM, ADD, { input: entry(0) }, 'addBlacklistEntry')).id as string;
const appealInput = () => ({
  receivedAt: iso(-HOUR),
  grounds: '当事人称直播内容系他人冒用账号发布',
  subjectToldAt: iso(-HOUR / 2),
});
const appealEntry = new Map<string, string>();
async function newAppeal(fed: TestFederation): Promise<string> {
  const entryId = await newEntry(fed);
  const a = await ok(fed, PLATFORM, FILE, { entryId, input: appealInput() }, 'fileAppeal');
  appealEntry.set(a.id, entryId);
  return a.id;
}
const TEXT = (max: number) => ['', '  ', '长'.repeat(max + 1)] as Json[];

export const blacklistFixtures: Fixture[] = [
  {
    field: 'addBlacklistEntry',
    subgraph: 'blacklist',
    caller: PLATFORM,
    runs: 150,
    doc: ADD,
    base: ({ n }) => ({ input: entry(n) as Json }),
    special: [
      // A term that ends before it starts, or is not definite (Art 14: a definite term is mandatory).
      { at: /^input\.term\.endsAt$/, values: [iso(-3 * DAY), '9999-12-31T23:59:59Z'], strict: true },
      { at: /^input\.notification\.notifiedAt$/, values: [iso(30 * DAY)], strict: true },
    ],
    creates: { table: 'blacklist_entry', key: (d) => d.id },
  },
  {
    field: 'fileAppeal',
    subgraph: 'blacklist',
    caller: PLATFORM,
    runs: 60,
    doc: FILE,
    target: newEntry,
    targetVar: 'entryId',
    rows: (id) => [{ table: 'blacklist_entry', id }],
    base: ({ target }) => ({ entryId: target, input: appealInput() }),
    special: [
      { at: /^input\.grounds$/, values: TEXT(5000), strict: true },
      // Received before the subject was told of the listing, in the future, or told before received.
      { at: /^input\.receivedAt$/, values: [iso(-30 * DAY), iso(DAY)], strict: true },
      { at: /^input\.subjectToldAt$/, values: [iso(-2 * HOUR), iso(DAY)], strict: true },
    ],
    creates: { table: 'blacklist_appeal', key: (d) => d.id },
  },
  {
    field: 'decideAppeal',
    subgraph: 'blacklist',
    caller: PLATFORM,
    runs: 60,
    doc: `mutation($appealId: ID!, $outcome: AppealOutcome!, $reason: String!, $subjectToldAt: DateTime, $subjectToldChannel: String) {
      decideAppeal(appealId: $appealId, outcome: $outcome, reason: $reason, subjectToldAt: $subjectToldAt, subjectToldChannel: $subjectToldChannel) { id status entry { id status appealPending removalKind } } }`,
    target: newAppeal,
    targetVar: 'appealId',
    rows: (id) => [
      { table: 'blacklist_appeal', id },
      { table: 'blacklist_entry', id: appealEntry.get(id)! },
    ],
    base: ({ target, n }) => ({
      appealId: target,
      outcome: n % 2 ? 'UPHELD' : 'OVERTURNED',
      reason: '经复核，原列入依据充分',
      subjectToldAt: iso(-60_000),
      subjectToldChannel: '站内信',
    }),
    special: [
      { at: /^reason$/, values: TEXT(2000), strict: true },
      { at: /^subjectToldAt$/, values: [iso(-30 * DAY), iso(DAY)], strict: true },
    ],
  },
  {
    field: 'removeBlacklistEntry',
    subgraph: 'blacklist',
    caller: PLATFORM,
    runs: 30,
    doc: 'mutation($id: ID!, $reason: String!) { removeBlacklistEntry(id: $id, reason: $reason) { id status removedAt removalKind removalReason } }',
    target: newEntry,
    targetVar: 'id',
    rows: (id) => [{ table: 'blacklist_entry', id }],
    base: ({ target }) => ({ id: target, reason: '列入依据有误，提前移出' }),
    special: [{ at: /^reason$/, values: TEXT(2000), strict: true }],
  },
  {
    // A query, but it writes: every check is logged, so a refused check must log nothing.
    field: 'blacklistCheck',
    root: 'Query',
    subgraph: 'blacklist',
    caller: 'demo-platform-b',
    runs: 60,
    doc: `query($subjects: [CheckSubjectInput!]!, $purpose: CheckPurpose!) {
      blacklistCheck(subjects: $subjects, purpose: $purpose) { listed matches { listingPlatformName expiresAt status } } }`,
    base: ({ n }) => ({
      subjects: [
        { documentType: 'RESIDENT_ID', documentNumber: '11010519491231002X' },
        { uscc: '91350100M000100Y43' },
        { documentType: 'PASSPORT', documentNumber: `E${10_000_000 + n}` },
      ] as Json[],
      purpose: ['ONBOARDING', 'ACCOUNT_CHANGE', 'PERIODIC_REVIEW', 'OTHER'][n % 4],
    }),
    creates: {
      table: 'blacklist_check_log',
      key: (_d, model, ctx) => (model.subjects as Json[]).map((_, i) => `${ctx.n}:${i}`),
    },
  },
];

import type { TestFederation } from '../support/federation.js';
import { DAY, iso, measure, STREAMER_SUBJECT, submit, tInput } from '../penalty-reports/helpers.js';
import type { Json } from './damage.js';
import type { Fixture, Vars } from './harness.js';

/** penalty-reports: the four writes of a disposal report (Art 12), as the reporting platform or an addressed office. */
const PLATFORM = 'demo-platform';
let key = 0;

/** Three shapes of valid report, so damage reaches person and business subjects, severe and timed measures. */
export function reportInput(k: string, n: number): Record<string, unknown> {
  switch (n % 3) {
    case 0:
      return tInput(k);
    case 1:
      return tInput(k, {
        subject: STREAMER_SUBJECT,
        measures: [measure('LIVE_SUSPENSION'), measure('BLACKLISTING')],
        trigger: { kind: 'REGULATOR_NOTICE', noticeId: '0190a5c4-1f2e-7d3c-8b4a-5e6f7a8b9c0d' },
      });
    default:
      return tInput(k, {
        measures: [measure('WARNING', -2 * DAY), measure('TRAFFIC_RESTRICTION')],
        legalBasis: [
          { law: '中华人民共和国广告法', article: '第十七条' },
          { law: '直播电商监督管理办法', article: '第十二条' },
        ],
        trigger: { kind: 'COMPLAINT' },
      });
  }
}

const reportKeys = new Map<string, string>();
async function newReport(fed: TestFederation, over: Record<string, unknown> = {}): Promise<string> {
  const k = `fuzz-target-${key++}`;
  const r = await submit(fed, PLATFORM, tInput(k, over));
  reportKeys.set(r.id, k);
  return r.id;
}
const reportRow = (id: string) => [{ table: 'disposal_report', id }];
const SELECT = '{ id version measures { type lifted } acknowledgements { version } }';
const REASONS = { at: /^reason$/, values: ['', '   ', '长'.repeat(2_001)] as Json[], strict: true };

export const penaltyReportFixtures: Fixture[] = [
  {
    field: 'submitDisposalReport',
    subgraph: 'penalty-reports',
    caller: PLATFORM,
    runs: 150,
    doc: `mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) ${SELECT} }`,
    base: ({ n }) => ({ input: reportInput(`fuzz-${key++}`, n) as Json }),
    special: [
      {
        at: /^input\.subject\.businessRegion$|\.operator\.businessRegion$/,
        values: ['000000', '999999', '33010', '3301066'],
        strict: true,
      },
    ],
    creates: { table: 'disposal_report', key: (d) => d.id },
  },
  {
    field: 'amendDisposalReport',
    subgraph: 'penalty-reports',
    caller: PLATFORM,
    runs: 100,
    doc: `mutation($id: ID!, $input: DisposalReportInput!, $reason: String!) { amendDisposalReport(id: $id, input: $input, reason: $reason) ${SELECT} }`,
    target: (fed) => newReport(fed),
    targetVar: 'id',
    keep: true,
    rows: reportRow,
    base: ({ target, n }): Vars => ({
      id: target,
      input: { ...reportInput(reportKeys.get(target)!, n), facts: `更正后的事实 ${n}` } as Json,
      reason: '更正事实认定',
    }),
    special: [REASONS],
    // Each accepted correction is one new version (identical content would add none: none is sent).
    creates: { table: 'disposal_report_version', key: (d) => `${d.id}@${d.version}` },
  },
  {
    field: 'liftMeasure',
    subgraph: 'penalty-reports',
    caller: PLATFORM,
    runs: 60,
    doc: `mutation($reportId: ID!, $measure: MeasureType!, $liftedAt: DateTime!, $reason: String!) {
      liftMeasure(reportId: $reportId, measure: $measure, liftedAt: $liftedAt, reason: $reason) ${SELECT} }`,
    target: (fed) =>
      newReport(fed, { measures: [measure('WARNING', -2 * DAY), measure('TRAFFIC_RESTRICTION', -2 * DAY)] }),
    targetVar: 'reportId',
    rows: reportRow,
    base: ({ target, n }) => ({
      reportId: target,
      measure: n % 2 ? 'WARNING' : 'TRAFFIC_RESTRICTION',
      liftedAt: iso(-DAY),
      reason: '申诉成立，解除措施',
    }),
    special: [
      REASONS,
      // Before the measure started, or in the future: refused (CONFLICT or BAD_USER_INPUT), never stored.
      { at: /^liftedAt$/, values: [iso(-10 * DAY), iso(DAY), '2999-01-01T00:00:00Z'], strict: true },
      // Legal enum values the report does not carry.
      { at: /^measure$/, values: ['ACCOUNT_CLOSURE', 'BLACKLISTING'], strict: true },
    ],
    creates: {
      table: 'disposal_report_lifting',
      key: (d) => `${d.id}:${d.measures.filter((m: { lifted: boolean }) => m.lifted).length}`,
    },
  },
  {
    field: 'acknowledgeDisposalReport',
    subgraph: 'penalty-reports',
    caller: 'samr-zhejiang',
    runs: 25,
    doc: `mutation($id: ID!) { acknowledgeDisposalReport(id: $id) ${SELECT} }`,
    target: (fed) => newReport(fed),
    targetVar: 'id',
    rows: reportRow,
    base: ({ target }) => ({ id: target }),
    creates: { table: 'disposal_report_ack', key: (d) => d.id },
  },
];

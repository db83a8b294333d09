import { DEMO_MEMBERS, issueMember, type MemberSpec } from '../../certs/store.js';
import { vi } from 'vitest';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { residentIdCheckChar, usccCheckChar } from '../../lib/validators/index.js';

/** Shared GraphQL and inputs for the identity-registry federation tests. */
export const DEMO_A = DEMO_MEMBERS.find((m) => m.slug === 'demo-platform')!.spec as { uscc: string; name: string };
export const DEMO_B = DEMO_MEMBERS.find((m) => m.slug === 'demo-platform-b')!.spec as { uscc: string; name: string };

export const residentId = (body17: string) => body17 + residentIdCheckChar(body17);
export const uscc = (n: number, region = '330100') => {
  const first17 = `91${region}MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
};

/** Extra offices, issued by the test's CA: a county SAMR, two other provinces, a CAC national office. */
export function issueOffices(fed: TestFederation): void {
  const offices: { slug: string; spec: MemberSpec }[] = [
    {
      slug: 'samr-xihu',
      spec: { kind: 'regulator', authority: 'samr', level: 'county', region: '330106', name: 'Xihu District AMR' },
    },
    {
      slug: 'samr-jiangsu',
      spec: { kind: 'regulator', authority: 'samr', level: 'province', region: '320000', name: 'Jiangsu AMR' },
    },
    {
      slug: 'samr-guangdong',
      spec: { kind: 'regulator', authority: 'samr', level: 'province', region: '440000', name: 'Guangdong AMR' },
    },
    {
      slug: 'cac-national',
      spec: { kind: 'regulator', authority: 'cac', level: 'national', region: '100000', name: 'CAC' },
    },
  ];
  for (const o of offices) issueMember(fed.certs.dir, o.spec, { slug: o.slug });
}

export const FILING_FIELDS = `id platform { uscc name } platformDomicile period status openedAt submittedAt onTime acknowledgedAt acknowledgedBy
  batchCount operatorCount streamerCount staleOperatorCount staleStreamerCount digest`;
export const OPEN = `mutation ($period: String!) { openFiling(period: $period) { ${FILING_FIELDS} } }`;
export const ADD_BATCH = `mutation ($filingId: ID!, $batchNo: Int!, $operators: [LiveRoomOperatorInput!], $streamers: [LiveStreamerInput!]) {
  addFilingBatch(filingId: $filingId, batchNo: $batchNo, operators: $operators, streamers: $streamers) {
    filingId batchNo contentHash operatorCount streamerCount staleOperatorCount staleStreamerCount receivedAt replayed } }`;
export const SUBMIT = `mutation ($id: ID!) { submitFiling(filingId: $id) { ${FILING_FIELDS} } }`;
export const ACK = `mutation ($id: ID!) { acknowledgeFiling(filingId: $id) { ${FILING_FIELDS} } }`;
export const FILING = `query ($id: ID!) { filing(id: $id) { ${FILING_FIELDS} } }`;
export const FILINGS = `query ($period: String, $first: Int, $after: String) { filings(period: $period, first: $first, after: $after) {
  edges { cursor node { id platform { uscc } period status } } pageInfo { hasNextPage endCursor } } }`;
export const COMPLIANCE = `query ($period: String!) { filingCompliance(period: $period) {
  platform { uscc name domicileRegion } period status overdue filing { id } submittedAt operatorCount streamerCount
  staleOperatorCount staleStreamerCount verificationStale operators { status overdue count staleCount nothingToReport }
  streamers { status overdue count staleCount nothingToReport } enrolment { source enrolledBy enrolledAt } } }`;
export const OPERATORS = `query ($filter: OperatorFilter!, $first: Int, $after: String) { liveRoomOperators(filter: $filter, first: $first, after: $after) {
  edges { cursor node { id platform { uscc } filingId period kind name uscc idDocument { type number } businessAddress { regionCode detail }
    contact { phone email } liveAccounts { accountId nickname } licences { kind number issuer } verifiedAt verificationStale } }
  pageInfo { hasNextPage endCursor } } }`;
export const STREAMERS = `query ($filter: StreamerFilter!, $first: Int, $after: String) { liveStreamers(filter: $filter, first: $first, after: $after) {
  edges { node { id platform { uscc } name idDocument { type number } residence { regionCode detail } contact { phone email }
    agency { name uscc } qualifications { kind number } occupation operators { uscc idDocument { type number } liveAccountId }
    verifiedAt verificationStale } }
  pageInfo { hasNextPage endCursor } } }`;

/** A registered business operating a live room in `region`. */
export function businessOperator(n: number, region = '330102', over: Record<string, unknown> = {}) {
  return {
    kind: 'BUSINESS',
    business: { name: `杭州直播商贸${n}有限公司`, uscc: uscc(n) },
    businessAddress: { regionCode: region, detail: `上城区解放路${n}号` },
    contact: { phone: '13800138000' },
    liveAccounts: [{ accountId: `room-${n}`, nickname: `直播间${n}` }],
    licences: [{ kind: '食品经营许可证', number: `JY133010000${n}` }],
    verifiedAt: '2026-06-01T00:00:00Z',
    ...over,
  };
}

/** An unregistered natural person operating a live room in `region`. */
export function personOperator(n: number, idNumber: string, region = '440106', over: Record<string, unknown> = {}) {
  return {
    kind: 'PERSON',
    person: { name: `张${n}`, idDocument: { type: 'RESIDENT_ID', number: idNumber } },
    businessAddress: { regionCode: region, detail: `天河区体育西路${n}号` },
    contact: { email: `op${n}@example.com` },
    liveAccounts: [{ accountId: `person-room-${n}` }],
    verifiedAt: '2026-05-01T00:00:00Z',
    ...over,
  };
}

export function streamer(n: number, idNumber: string, operatorRefs: unknown[], over: Record<string, unknown> = {}) {
  return {
    person: { name: `李${n}`, idDocument: { type: 'RESIDENT_ID', number: idNumber } },
    residence: { regionCode: '330106', detail: `西湖区文三路${n}号` },
    contact: { phone: '13900139000' },
    agency: { name: 'MCN 机构', uscc: uscc(9000 + n) },
    occupation: '主播',
    operatorRefs,
    verifiedAt: '2026-06-15T00:00:00Z',
    ...over,
  };
}

/**
 * A test federation whose services log at debug level, every line they write captured (to prove no ID
 * number reaches a log). Lines are still shown when LOG_LEVEL asks for them; `vi.restoreAllMocks()` in afterAll ends the capture.
 */
export async function startLoggedFederation(
  opts: Parameters<typeof startTestFederation>[0],
): Promise<{ fed: TestFederation; logged(): string }> {
  let logged = '';
  const level = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'debug';
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: any, ...rest: any[]) => {
    logged += String(chunk);
    return level === 'silent' || level === undefined ? true : write(chunk, ...rest);
  });
  try {
    return { fed: await startTestFederation(opts), logged: () => logged };
  } finally {
    process.env.LOG_LEVEL = level;
  }
}

import { readFileSync } from 'node:fs';
import { issueMember } from '../../certs/store.js';
import type { CertPaths } from '../../lib/cert-paths.js';
import { createGraphQLClient, type GraphQLClient } from '../../lib/http/client.js';
import { usccCheckChar } from '../../lib/validators/uscc.js';

/**
 * The data the federated pages read, written through the gateway as members write it (so every row went
 * through the real write paths): the demo platform's disposal reports, a blacklist entry for each of the
 * first of them, notices answered with reports, and more Zhejiang platforms for the compliance view.
 */
const DAY = 86_400_000;
const DEMO_USCC = `91330106MA27XXXXX${usccCheckChar('91330106MA27XXXXX')}`;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

export const memberClient = (certs: CertPaths, gatewayUrl: string, slug: string, connections?: number) => {
  const m = certs.member(slug);
  return createGraphQLClient({
    url: gatewayUrl,
    ca: readFileSync(certs.ca),
    cert: readFileSync(m.cert),
    key: readFileSync(m.key),
    connections,
  });
};

async function must<T = any>(c: GraphQLClient, query: string, variables: Record<string, unknown>, field: string) {
  const r = await c.request(query, variables);
  if (r.errors?.length) throw new Error(`${field}: ${JSON.stringify(r.errors)}`);
  return (r.data as Record<string, T>)[field];
}

const SUBMIT = 'mutation ($input: DisposalReportInput!) { submitDisposalReport(input: $input) { id } }';
const ADD_ENTRY = 'mutation ($input: BlacklistEntryInput!) { addBlacklistEntry(input: $input) { id } }';
const SEND = 'mutation ($input: NoticeInput!) { sendNotice(input: $input) { id } }';
const ANSWER = 'mutation ($id: ID!, $input: NoticeAnswerInput!) { answerNotice(id: $id, input: $input) { id } }';

// A report a blacklist entry links to reports the listing as a measure (Art 12 ¶1, ¶3).
const report = (key: string, listed: boolean) => ({
  idempotencyKey: key,
  subject: {
    kind: 'OPERATOR',
    business: { name: '福州某某商贸有限公司', uscc: `91350100M000100Y4${usccCheckChar('91350100M000100Y4')}` },
    liveAccounts: [{ accountId: `acct-${key}`, nickname: '好物直播间' }],
    businessRegion: '350102',
  },
  measures: [
    { type: 'WARNING', startsAt: iso(-DAY) },
    ...(listed ? [{ type: 'BLACKLISTING', startsAt: iso(-DAY), endsAt: iso(180 * DAY) }] : []),
  ],
  facts: `直播中对普通食品宣称疾病治疗功能 ${key}`,
  legalBasis: [{ law: '中华人民共和国广告法', article: '第十七条' }],
  trigger: { kind: 'PATROL' },
  decidedAt: iso(-DAY),
});

const entry = (key: string, disposalReportId: string) => ({
  idempotencyKey: key,
  subject: {
    type: 'STREAMER_AGENCY',
    business: { name: `某某传媒 ${key}`, uscc: benchUscc(900 + Number(key.replace(/\D/g, ''))) },
  },
  facts: `虚构产品功效 ${key}`,
  reasons: '严重违法失信',
  legalBasis: '《直播电商监督管理办法》第十四条',
  term: { startsAt: iso(-DAY), endsAt: iso(180 * DAY) },
  notification: { channel: '站内信', notifiedAt: iso(-2 * DAY), appealChannel: 'https://example.cn/appeal' },
  shareWithPeers: true,
  disposalReportId,
});

const notice = (uscc: string, key: number) => ({
  kind: 'VIOLATION',
  platformUscc: uscc,
  summary: `False advertising verified in case 2026-${key}`,
  subjects: [
    {
      kind: 'OPERATOR',
      business: { name: `某某商贸 ${key}`, uscc: benchUscc(5000 + key) },
      liveAccounts: [{ accountId: `room-${key}` }],
    },
  ],
  violation: { legalBasis: '《反不正当竞争法》第八条' },
});

/** A valid USCC of a Hangzhou (330106) business, distinct for each i. */
export function benchUscc(i: number): string {
  const first17 = `91330106MA${String(i).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
}

export interface Seeded {
  reports: string[];
  entries: string[];
  notices: string[];
  platforms: number;
}

export async function seedFederation(
  certs: CertPaths,
  gatewayUrl: string,
  n: { reports: number; entries: number; notices: number; platforms: number; reportsPerAnswer: number },
): Promise<Seeded> {
  const platform = memberClient(certs, gatewayUrl, 'demo-platform', 4);
  const office = memberClient(certs, gatewayUrl, 'samr-zhejiang', 4);
  try {
    const reports: string[] = [];
    for (let i = 0; i < n.reports; i++)
      reports.push(
        (await must(platform, SUBMIT, { input: report(`bench-r${i}`, i < n.entries) }, 'submitDisposalReport')).id,
      );
    const entries: string[] = [];
    for (let i = 0; i < Math.min(n.entries, reports.length); i++)
      entries.push((await must(platform, ADD_ENTRY, { input: entry(`e${i}`, reports[i]) }, 'addBlacklistEntry')).id);
    const notices: string[] = [];
    for (let i = 0; i < n.notices; i++) {
      const id = (await must(office, SEND, { input: notice(DEMO_USCC, i) }, 'sendNotice')).id;
      const disposalReportIds = Array.from({ length: n.reportsPerAnswer }, (_, k) => reports[(i + k) % reports.length]);
      await must(platform, ANSWER, { id, input: { disposalReportIds, data: { note: 'warned' } } }, 'answerNotice');
      notices.push(id);
    }
    // More platforms domiciled in Zhejiang, each met once by the registry (its first call), for compliance rows.
    for (let i = 0; i < n.platforms; i++) {
      const slug = `bench-platform-${i}`;
      issueMember(
        certs.dir,
        { kind: 'platform', uscc: benchUscc(i), region: '330106', name: `Bench Platform ${i}` },
        { slug },
      );
      const c = memberClient(certs, gatewayUrl, slug, 1);
      await must(c, '{ viewer { platform { uscc } } }', {}, 'viewer').finally(() => c.close());
    }
    return { reports, entries, notices, platforms: n.platforms + 1 };
  } finally {
    await Promise.all([platform.close(), office.close()]);
  }
}
